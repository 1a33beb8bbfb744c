/**
 * Progressive enhancement for the A–Z list on /countries/: filter as you type (the start of any word of the name,
 * another name or the ISO3 code),
 * by region and by bloc, with the number of matches announced. Without JavaScript the whole list and its A–Z
 * links are there.
 */
import { fill, uiText } from './ui-text.ts';

const form = document.querySelector<HTMLElement>('.list-filter');
const items = [...document.querySelectorAll<HTMLLIElement>('.az > li')];
const none = document.querySelector<HTMLElement>('.no-match');
if (form && items.length && none) {
  const count = form.querySelector<HTMLElement>('.list-count')!;
  const ui = uiText<{ filtered: string; all: string }>(form);
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  // Matched from the start of a word, so 'nga' finds Nigeria by its code but not Hungary, and 'coast' finds Ivory Coast.
  const haystacks = items.map((li) => ` ${fold(li.dataset.search ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ')}`);
  const apply = () => {
    const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!.value;
    const q = fold(value('q'));
    const region = value('region');
    const bloc = value('bloc');
    let shown = 0;
    items.forEach((li, i) => {
      const match = (!q || haystacks[i]!.includes(` ${q.replace(/[^\p{L}\p{N}]+/gu, ' ')}`)) && (!region || li.dataset.region === region) && (!bloc || (li.dataset.blocs ?? '').split(' ').includes(bloc));
      li.hidden = !match;
      if (match) shown++;
    });
    none.hidden = shown > 0;
    count.textContent = fill(q || region || bloc ? ui.filtered : ui.all, { shown, total: items.length });
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.hidden = false;
  // A search sent here by "find your country" without JavaScript, or a shared link: the list filtered by it.
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    form.querySelector<HTMLInputElement>('[name="q"]')!.value = asked;
    apply();
    form.scrollIntoView({ block: 'start' });
  } else apply();
}
