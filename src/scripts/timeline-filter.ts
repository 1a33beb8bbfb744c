/**
 * Timeline filter: shows the (server-rendered, hidden) controls, then hides events that do not match the chosen kind
 * and country, hides years left empty, and says how many events are shown in a live region.
 */
import { fill, plural, uiText, type Forms } from './ui-text.ts';

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
  // Words from the page (src/i18n/en.ts); numbers and plurals in the page's language, through Intl.
  const ui = uiText<{ events: Forms; filtered: string; all: string }>(controls);
  const label = (n: number) => plural(ui.events, n);

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
    count.textContent = kind.value || country.value ? fill(ui.filtered, { shown: label(shown), total }) : fill(ui.all, { shown: label(total) });
  };

  controls.addEventListener('change', apply);
  controls.hidden = false;
}
