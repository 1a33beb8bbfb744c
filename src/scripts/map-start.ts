/**
 * Opens each panning map on its start (see MapScroller.astro) in browsers without CSS `scroll-initial-target`,
 * which does it without JavaScript. Only a map the reader has not scrolled yet is moved.
 */
export function openMapsOnTheirStart(): void {
  if (CSS.supports('scroll-initial-target', 'nearest')) return;
  for (const start of document.querySelectorAll<HTMLElement>('.map-start')) {
    const scroller = start.closest<HTMLElement>('.map-scroll');
    if (scroller && scroller.scrollLeft === 0 && scroller.scrollWidth > scroller.clientWidth) {
      scroller.scrollLeft = start.offsetLeft - (start.classList.contains('start') ? 0 : scroller.clientWidth / 2);
    }
  }
}
