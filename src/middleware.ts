import { defineMiddleware } from 'astro:middleware';
import { contextOf } from './render/context.ts';
import { localeOfPath } from './i18n/editions.ts';
import { markUpUntranslated, stripUntranslated } from './render/untranslated.ts';

/**
 * An edition's pages show English where a record's words have no translation yet (src/render/untranslated.ts): here,
 * after a page is rendered, each such string becomes English marked up as English, and a page that has any says so at
 * its foot. Text outputs that cannot mark part of a text (the feed) just lose the marks. Runs at build time for every
 * page, and on each request in `astro dev`.
 */
export const onRequest = defineMiddleware(async ({ url }, next) => {
  // The root edition's words are the records' own: nothing is ever marked there.
  if (!localeOfPath(url.pathname).pathPrefix) return next();
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (!/^(text\/|application\/(atom\+)?xml|application\/json)/.test(type)) return response;
  const body = await response.text();
  let out = body;
  if (type.startsWith('text/html')) {
    const { html, marked, outdated } = markUpUntranslated(body);
    const ctx = contextOf(url);
    const t = ctx.t.untranslated;
    const notices = [marked ? t.notice : '', outdated ? t.outdated : ''].filter(Boolean).map((n) => `<p class="untranslated-notice">${n}</p>`).join('');
    // The markdown renderer labels footnotes in English: each edition's pages use its own words.
    const f = ctx.t.footnotes;
    const labelled = html
      .replace('<h2 class="sr-only" id="footnote-label">Footnotes</h2>', `<h2 class="sr-only" id="footnote-label">${f.label}</h2>`)
      .replace(/aria-label="Back to reference (\d+(?:-\d+)?)"/g, (_, n: string) => `aria-label="${f.back.replace('{n}', n)}"`);
    // A date's year and its abbreviation (`2024 р.`, `2024 г.`) stay on one line.
    const dated = labelled.replace(/(\d{4}) (р\.|г\.|гг\.)/g, '$1\u00a0$2');
    out = notices ? dated.replace('</main>', `${notices}</main>`) : dated;
  } else out = stripUntranslated(body);
  return new Response(out, { status: response.status, statusText: response.statusText, headers: response.headers });
});
