/** Upgrades the profile's share links: the native share sheet where the browser has one, copy-link otherwise. */
import { uiText } from './ui-text.ts';

for (const box of document.querySelectorAll<HTMLElement>('.share[data-share-url]')) {
  const button = box.querySelector<HTMLButtonElement>('.share-button')!;
  const status = box.querySelector<HTMLElement>('.share-status')!;
  const url = box.dataset.shareUrl!;
  const title = box.dataset.shareTitle ?? document.title;
  const canShare = typeof navigator.share === 'function';
  const ui = uiText<{ share: string; copy: string; copied: string }>(box);
  if (!canShare && !navigator.clipboard) continue;
  button.textContent = canShare ? ui.share : ui.copy;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      if (canShare) await navigator.share({ title, url });
      else {
        await navigator.clipboard.writeText(url);
        status.textContent = ui.copied;
      }
    } catch {
      // The reader closed the share sheet, or the clipboard was refused: the permanent link is still there.
    }
  });
}
