/**
 * Progressive enhancement for country layers: a tapped or clicked country's entry (its shape's <title>, e.g.
 * "France: Yes") is written under the map, since touch screens never show native tooltips. Readable without it:
 * the page lists every country's entry as text.
 */
const map = document.querySelector<SVGSVGElement>('svg.layer-map');
const entry = document.querySelector<HTMLElement>('.layer-status');
if (map && entry) {
  map.addEventListener('click', (e) => {
    const shape = (e.target as Element).closest('[data-country]');
    const title = shape?.querySelector('title')?.textContent;
    if (!title) return;
    map.querySelector('[data-selected]')?.removeAttribute('data-selected');
    shape!.setAttribute('data-selected', '');
    entry.textContent = title;
    entry.hidden = false;
  });
}
