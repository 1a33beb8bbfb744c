/**
 * Progressive enhancement for the trip map: tooltips (mouse, keyboard focus and tap) and a year filter.
 * Everything they show is already on the page — the tooltip reads the trip table — so the map works without it.
 */
const figure = document.getElementById('trip-map');
const table = document.querySelector<HTMLTableElement>('.trip-table');

if (figure && table) {
  const frame = figure.querySelector<HTMLElement>('.map-frame')!;
  const tooltip = figure.querySelector<HTMLElement>('.map-tooltip')!;
  const rows = [...table.tBodies[0]!.rows];
  const targets = [...figure.querySelectorAll<SVGAElement>('a[data-country]')];
  let year = '';
  let shownFor: Element | null = null;

  const text = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

  function show(target: SVGAElement) {
    const iso3 = target.dataset.country!;
    const label = target.getAttribute('aria-label') ?? '';
    const trips = rows.filter((r) => r.dataset.country === iso3 && (!year || r.dataset.year === year));
    const items = trips.map((r) => `<li>${text(r.cells[0]!.textContent!)}: ${text(r.cells[2]!.textContent!)} — ${text(r.cells[3]!.textContent!)}</li>`);
    tooltip.innerHTML = `<p><strong>${text(label.split(':')[0]!)}</strong></p><ul>${items.join('')}</ul><p><a href="${text(target.getAttribute('href')!)}">Country profile</a></p>`;
    tooltip.hidden = false;
    const box = target.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    const left = Math.min(Math.max(box.left + box.width / 2 - outer.left - tooltip.offsetWidth / 2, 0), outer.width - tooltip.offsetWidth);
    const above = box.top - outer.top - tooltip.offsetHeight - 8;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above >= 0 ? above : box.bottom - outer.top + 8}px`;
    shownFor = target;
  }

  function hide() {
    tooltip.hidden = true;
    shownFor = null;
  }

  for (const target of targets) {
    target.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && show(target));
    target.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && !tooltip.matches(':hover') && hide());
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

  // On a narrow screen the map pans; start the view with Moscow in the left third.
  const scroller = figure.querySelector<HTMLElement>('.map-scroll');
  const moscow = figure.querySelector<SVGCircleElement>('.moscow circle');
  if (scroller && moscow && scroller.scrollWidth > scroller.clientWidth) {
    scroller.scrollLeft = moscow.getBoundingClientRect().left - scroller.getBoundingClientRect().left - scroller.clientWidth / 3;
  }

  const filter = figure.querySelector<HTMLElement>('.year-filter')!;
  const buttons = [...filter.querySelectorAll<HTMLButtonElement>('button')];
  filter.hidden = false;
  for (const button of buttons) {
    button.addEventListener('click', () => {
      year = button.dataset.year ?? '';
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      const inYear = (el: Element) => !year || (el.getAttribute('data-years') ?? el.getAttribute('data-year') ?? '').split(' ').includes(year);
      figure.querySelectorAll('.routes path').forEach((p) => p.toggleAttribute('data-hidden', !inYear(p)));
      figure.querySelectorAll('.markers a').forEach((m) => m.toggleAttribute('data-hidden', !inYear(m)));
      figure.querySelectorAll('.hosts a').forEach((h) => h.classList.toggle('dim', !inYear(h)));
      rows.forEach((r) => r.toggleAttribute('data-hidden', !inYear(r)));
      hide();
    });
  }
}
