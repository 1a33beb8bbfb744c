/** Where an old or alternative profile URL sends the reader: alias slug → canonical slug. */
export function profileRedirects(countries: readonly { slug: string; iso3: string; aliases?: readonly string[] | undefined }[]): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const c of countries) {
    // ISO3 codes in lower case only: upper- and mixed-case forms are lowered by the 404 page (and by hosts
    // whose redirect rules ignore case), and two folders differing only in case break on macOS checkouts.
    for (const alias of [...(c.aliases ?? []), c.iso3.toLowerCase()]) {
      if (alias !== c.slug) redirects.set(alias, c.slug);
    }
  }
  return new Map([...redirects].sort(([a], [b]) => a.localeCompare(b)));
}
