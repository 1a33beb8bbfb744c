/**
 * Progressive enhancement for the A–Z list on /countries/: filter as you type (name, other names or ISO3 code),
 * by region and by bloc, with the number of matches announced. Without JavaScript the whole list and its A–Z
 * links are there.
 */
const form = document.querySelector<HTMLFormElement>('.list-filter');
const items = [...document.querySelectorAll<HTMLLIElement>('.az > li')];
const none = document.querySelector<HTMLElement>('.no-match');
if (form && items.length && none) {
  const count = form.querySelector<HTMLElement>('.list-count')!;
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  const haystacks = items.map((li) => fold(li.dataset.search ?? ''));
  const apply = () => {
    const f = new FormData(form);
    const q = fold(String(f.get('q') ?? ''));
    const region = String(f.get('region') ?? '');
    const bloc = String(f.get('bloc') ?? '');
    let shown = 0;
    items.forEach((li, i) => {
      const match = (!q || haystacks[i]!.includes(q)) && (!region || li.dataset.region === region) && (!bloc || (li.dataset.blocs ?? '').split(' ').includes(bloc));
      li.hidden = !match;
      if (match) shown++;
    });
    none.hidden = shown > 0;
    count.textContent = q || region || bloc ? `${shown} of ${items.length} members match` : `${items.length} members`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
export {};
