/**
 * Timeline filter: shows the (server-rendered, hidden) controls, then hides events that do not match the chosen kind
 * and country, hides years left empty, and says how many events are shown in a live region.
 */
const controls = document.querySelector<HTMLElement>('.timeline-filter');
if (controls) {
  const kind = controls.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const country = controls.querySelector<HTMLSelectElement>('select[name="country"]')!;
  const count = controls.querySelector<HTMLElement>('.filter-count')!;
  const events = [...document.querySelectorAll<HTMLElement>('.timeline li.event')];
  const years = [...document.querySelectorAll<HTMLElement>('section.timeline-year')];
  // Events due after the as-of date are filtered too, but not counted: the page's totals stop at that date.
  const counted = (li: HTMLElement) => !li.closest('.upcoming');
  const total = events.filter(counted).length;
  // Numbers and plurals follow the page's language (the build's locale), through Intl.
  const lang = document.documentElement.lang;
  const rules = new Intl.PluralRules(lang);
  const label = (n: number) => `${n.toLocaleString(lang)} ${rules.select(n) === 'one' ? 'event' : 'events'}`;

  const apply = () => {
    let shown = 0;
    for (const li of events) {
      const match = (!kind.value || li.dataset.kind === kind.value) && (!country.value || li.dataset.country === country.value);
      li.hidden = !match;
      if (match && counted(li)) shown += 1;
    }
    for (const section of years) {
      const visible = section.querySelectorAll('li.event:not([hidden])').length;
      const empty = visible === 0;
      section.hidden = empty;
      const yearCount = section.querySelector('.year-count');
      if (yearCount) yearCount.textContent = label(visible);
      const jump = document.querySelector<HTMLElement>(`.year-jump a[href="#${section.querySelector('h2')!.id}"]`);
      if (jump) jump.parentElement!.hidden = empty;
    }
    count.textContent = kind.value || country.value ? `Showing ${label(shown)} of ${total.toLocaleString(lang)}.` : `Showing all ${label(total)}.`;
  };

  controls.addEventListener('change', apply);
  controls.hidden = false;
}
