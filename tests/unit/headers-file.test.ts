import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY, headersFile } from '../../src/build/static-host-files.ts';

/** The rules of a `_headers` file, as path → header lines. */
function rules(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let path = '';
  for (const line of file.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) out.set((path = line), []);
    else out.get(path)!.push(line.trim());
  }
  return out;
}

describe('the _headers file', () => {
  const top = [
    { name: 'index.html', folder: false },
    { name: '404.html', folder: false },
    { name: 'countries', folder: true },
    { name: 'embed', folder: true },
    { name: '_astro', folder: true },
    { name: 'xx', folder: true },
  ];
  const edition = [
    { name: 'index.html', folder: false },
    { name: 'countries', folder: true },
    { name: 'embed', folder: true },
  ];
  const file = rules(headersFile(top, { '/xx': edition }));

  it('gives the pages of every edition the page policy, and each edition’s embeds the framing policy, never both', () => {
    expect(file.get('/countries/*')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
    expect(file.get('/xx/countries/*')).toContain('X-Frame-Options: DENY');
    expect(file.get('/xx/')).toContain('X-Frame-Options: DENY');
    expect(file.get('/embed/*')).toEqual([`Content-Security-Policy: ${EMBED_CONTENT_SECURITY_POLICY}`]);
    // An edition's folder is not one rule: /xx/* would reach /xx/embed/ and forbid framing the embeds there.
    expect(file.has('/xx/*')).toBe(false);
    expect(file.get('/xx/embed/*')).toEqual([`Content-Security-Policy: ${EMBED_CONTENT_SECURITY_POLICY}`]);
    expect([...file.keys()].filter((path) => path.includes('embed')).sort()).toEqual(['/embed/*', '/xx/embed/*']);
  });
});
