/**
 * Progressive enhancement for "find your country" (src/components/layout/FindCountry.astro): a member's name,
 * another of its names or its ISO3 code goes straight to its page, or on /votes/ to its row of the table (shown
 * and focused, whatever the filters). A query that names no member, or several, says so here. Without JavaScript
 * the form asks /countries/ to filter its A–Z list.
 */
import { fill, uiText } from './ui-text.ts';

const fold = (s: string) => ` ${s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;

for (const form of document.querySelectorAll<HTMLFormElement>('form.find-country')) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = form.querySelector<HTMLElement>('.find-status')!;
  const ui = uiText<{ none: string; many: string }>(form);
  const options = [...form.querySelectorAll<HTMLOptionElement>('datalist option')].map((o) => ({
    name: o.value,
    iso3: o.dataset.iso3!,
    href: o.dataset.href!,
    folded: fold(o.value),
    // Every name and the code, each matched from the start of a word.
    terms: (o.dataset.search ?? '').split('|').map(fold),
  }));
  const go = (m: (typeof options)[number]) => {
    if (form.dataset.to === 'row') {
      const row = document.getElementById(m.iso3);
      if (row) {
        row.hidden = false;
        row.tabIndex = -1;
        history.replaceState(null, '', `#${m.iso3}`);
        row.scrollIntoView({ block: 'center' });
        row.focus({ preventScroll: true });
        status.textContent = '';
        return;
      }
    }
    location.assign(m.href);
  };
  form.addEventListener('submit', (event) => {
    const q = fold(input.value);
    if (q === ' ') return;
    const exact = options.filter((o) => o.terms.some((t) => t === q));
    const found = exact.length ? exact : options.filter((o) => o.terms.some((t) => t.includes(` ${q.trim()}`) || t.startsWith(q)));
    if (found.length === 1) {
      event.preventDefault();
      go(found[0]!);
    } else if (found.length === 0) {
      event.preventDefault();
      status.textContent = fill(ui.none, { q: input.value.trim() });
    } else {
      event.preventDefault();
      status.textContent = fill(ui.many, { q: input.value.trim(), n: found.length, names: new Intl.ListFormat(document.documentElement.lang || undefined, { type: 'disjunction' }).format(found.slice(0, 6).map((o) => o.name)) + (found.length > 6 ? ' …' : '') });
    }
  });
  // Picking a suggestion from the list (an input event that is not typing) is an answer: go at once.
  input.addEventListener('input', (event) => {
    if (event instanceof InputEvent && event.inputType !== 'insertReplacementText') return;
    const picked = options.find((o) => o.name === input.value);
    if (picked) go(picked);
  });
}
