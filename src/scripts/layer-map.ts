/**
 * Progressive enhancement for country layers: the entry of the country under the pointer, in keyboard focus or
 * tapped (its shape's <title>, e.g. "France: Yes") is written under the map, since touch screens never show
 * native tooltips. Each member's shape links to its page: on a touch screen the first tap shows the entry and a
 * second tap on the same country follows the link. Readable without it: the page lists every entry as text.
 */
import { openMapsOnTheirStart } from './map-start.ts';
import { fill, uiText } from './ui-text.ts';

openMapsOnTheirStart();
const map = document.querySelector<SVGSVGElement>('svg.layer-map');
const entry = document.querySelector<HTMLElement>('.layer-status');
if (map && entry) {
  const ui = uiText<{ entry: string; mouse: string; keyboard: string; touch: string }>(entry);
  let lastPointer = 'mouse';
  /** The country a touch last tapped: the next tap on it follows its link. */
  let armed: Element | null = null;
  const shapeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-country]') : null);
  const show = (shape: Element | null, hint: string) => {
    const title = shape?.querySelector('title')?.textContent;
    if (!shape || !title) return;
    map.querySelector('[data-selected]')?.removeAttribute('data-selected');
    shape.setAttribute('data-selected', '');
    entry.textContent = shape.closest('a') && hint ? fill(ui.entry, { entry: title, hint }) : title;
    entry.hidden = false;
  };
  map.addEventListener('pointerdown', (e) => { lastPointer = e.pointerType; });
  map.addEventListener('pointerover', (e) => { if (e.pointerType === 'mouse') show(shapeOf(e.target), ui.mouse); });
  map.addEventListener('focusin', (e) => {
    const t = e.target as Element;
    show(t.matches('[data-country]') ? t : t.querySelector('[data-country]'), ui.keyboard);
  });
  map.addEventListener('click', (e) => {
    const shape = shapeOf(e.target);
    if (!shape) return;
    // A touch has no hover: the first tap on a country shows its entry, the second opens its page.
    if (lastPointer !== 'mouse' && armed !== shape) {
      e.preventDefault();
      armed = shape;
      show(shape, ui.touch);
    }
  });
}
