/**
 * Progressive enhancement for the trip map: tooltips (mouse, keyboard focus and tap) and a year filter.
 * Everything they show is already on the page — the tooltip reads the trip table, the filter's sentences are in
 * its buttons' data — so the map works without it.
 */
import { uiText } from './ui-text.ts';

const figure = document.getElementById('trip-map');
const table = document.querySelector<HTMLTableElement>('.trip-table');

if (figure && table) {
  const frame = figure.querySelector<HTMLElement>('.map-frame')!;
  const svg = figure.querySelector<SVGSVGElement>('svg.world-map')!;
  const tooltip = figure.querySelector<HTMLElement>('.map-tooltip')!;
  const ui = uiText<{ profile: string }>(tooltip);
  const rows = [...table.tBodies[0]!.rows];
  // Hosts (one keyboard stop each) and city markers (pointer only, except hosts drawn as a city).
  const targets = [...figure.querySelectorAll<SVGElement>('.hosts a, .markers .marker')];
  const bins = (svg.dataset.bins ?? '').split(' ').map((b) => b.split(':') as [string, string]);
  let year = '';
  let shownFor: Element | null = null;
  let leaveTimer = 0;

  const text = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const hostOf = (target: Element) => figure.querySelector<SVGAElement>(`a[data-country="${target.getAttribute('data-country')}"][href]`) ?? target;

  /** Shows a host's trips (a city's first when a city was pointed at), beside the target, not on it. */
  function show(target: SVGElement, at?: { x: number; y: number }) {
    window.clearTimeout(leaveTimer);
    const host = hostOf(target);
    const iso3 = target.dataset.country!;
    const cities = (target.dataset.city ?? '').split('|').filter(Boolean);
    const name = host.getAttribute('data-name') ?? '';
    const trips = rows.filter((r) => r.dataset.country === iso3 && (!year || r.dataset.year === year));
    const inCity = (r: HTMLTableRowElement) => (r.cells[2]!.textContent!.split(', ').some((c) => cities.includes(c)) ? 0 : 1);
    trips.sort((a, b) => inCity(a) - inCity(b));
    const items = trips.map((r) => `<li>${text(r.cells[0]!.textContent!)}: ${text(r.cells[2]!.textContent!)} — ${text(r.cells[3]!.textContent!)}</li>`);
    tooltip.innerHTML = `<p><strong>${text(name)}</strong></p><ul>${items.join('')}</ul><p><a href="${text(host.getAttribute('href') ?? '')}">${text(ui.profile)}</a></p>`;
    tooltip.hidden = false;
    const outer = frame.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    // Beside the pointer when there is one, else beside the shape's box; flipped to whichever side has room.
    const [x0, x1, y0, y1] = at ? [at.x - 12, at.x + 12, at.y - 12, at.y + 12] : [box.left, box.right, box.top, box.bottom];
    const right = x1 - outer.left + 8;
    const left = right + w <= outer.width ? right : Math.max(x0 - outer.left - 8 - w, 0);
    const below = y1 - outer.top + 8;
    const above = y0 - outer.top - 8 - h;
    const top = at ? (above >= 0 ? above : below) : above >= 0 ? above : below;
    tooltip.style.left = `${at ? left : Math.min(Math.max(box.left + box.width / 2 - outer.left - w / 2, 0), outer.width - w)}px`;
    tooltip.style.top = `${top}px`;
    shownFor = target;
  }

  function hide() {
    tooltip.hidden = true;
    shownFor = null;
  }
  const hideSoon = () => {
    window.clearTimeout(leaveTimer);
    leaveTimer = window.setTimeout(() => !tooltip.matches(':hover') && hide(), 120);
  };

  for (const target of targets) {
    target.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && show(target, { x: e.clientX, y: e.clientY }));
    target.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && hideSoon());
    target.addEventListener('focus', () => show(target));
    target.addEventListener('blur', (e) => !tooltip.contains(e.relatedTarget as Node) && hide());
    // On touch the first tap opens the tooltip; a second tap on the same shape follows the link. Whether it was
    // already open is read on pointerdown, before the tap's focus event opens it.
    let openBeforeTap = false;
    target.addEventListener('pointerdown', (e) => {
      if (e.pointerType !== 'mouse') openBeforeTap = shownFor === target;
    });
    target.addEventListener('click', (e) => {
      if ((e as PointerEvent).pointerType === 'touch' && !openBeforeTap) {
        e.preventDefault();
        show(target);
      }
    });
  }
  tooltip.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && hide());
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
  document.addEventListener('pointerdown', (e) => !frame.contains(e.target as Node) && hide());

  /** The colour class for a number of trips, from the bins the map declares (`1:trips-1 2:trips-2 …`). */
  const tokenFor = (n: number) => [...bins].reverse().find(([min]) => n >= Number(min))?.[1];
  const filter = figure.querySelector<HTMLElement>('.year-filter')!;
  const buttons = [...filter.querySelectorAll<HTMLButtonElement>('button')];
  const count = filter.querySelector<HTMLElement>('.trip-count')!;
  const caption = table.caption;
  filter.hidden = false;
  for (const button of buttons) {
    button.addEventListener('click', () => {
      year = button.dataset.year ?? '';
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      const inYear = (el: Element) => !year || (el.getAttribute('data-years') ?? el.getAttribute('data-year') ?? '').split(' ').includes(year);
      figure.querySelectorAll('.routes path').forEach((p) => p.toggleAttribute('data-hidden', !inYear(p)));
      figure.querySelectorAll('.markers .marker').forEach((m) => m.toggleAttribute('data-hidden', !inYear(m)));
      figure.querySelectorAll('.notes g, .labels g.city').forEach((n) => n.toggleAttribute('data-hidden', !inYear(n)));
      // Hosts are re-shaded by that year's trips; hosts without one are dimmed to unvisited land.
      figure.querySelectorAll<SVGElement>('a[data-trips]').forEach((h) => {
        const byYear = new Map((h.dataset.trips ?? '').split(' ').map((p) => p.split(':') as [string, string]));
        const n = year ? Number(byYear.get(year) ?? 0) : [...byYear.values()].reduce((a, b) => a + Number(b), 0);
        for (const [, token] of bins) h.classList.remove(`t-${token}`);
        const token = tokenFor(n);
        if (token) h.classList.add(`t-${token}`);
        h.classList.toggle('dim', n === 0);
      });
      rows.forEach((r) => r.toggleAttribute('data-hidden', !inYear(r)));
      if (caption && button.dataset.caption) caption.textContent = button.dataset.caption;
      count.textContent = button.dataset.count ?? '';
      hide();
    });
  }
}
