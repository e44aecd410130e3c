import { autoUpdate, computePosition, flip, inline, offset, shift, size, type Placement } from '@floating-ui/dom';

/** Below this width (Tailwind's `sm`) the popover is a bottom sheet, laid out by CSS alone. */
export const SHEET_QUERY = '(max-width: 639.98px)';
const GAP = 6;
const MARGIN = 8;

/**
 * Keeps the popover beside its word with Floating UI: below it, or above when there is no room
 * below, shifted inside the viewport, its height capped to the room there (the card scrolls
 * inside). The position goes into CSS variables (--pop-x, --pop-y, --pop-max-h) that the card's
 * classes use on wide screens; on narrow ones the classes make it a bottom sheet instead, and
 * the page scrolls the word up above the sheet whenever the sheet (opened or grown) would cover it. Returns the cleanup.
 */
export function placePopover(anchor: HTMLElement, floating: HTMLElement): () => void {
  const sheet = window.matchMedia(SHEET_QUERY);
  // The side chosen when it opened (or when the window last changed size) is kept while the card
  // changes size (parts unfolded), so it never jumps away from under the pointer.
  let side: { placement: Placement; viewport: string } | null = null;
  const update = () => {
    if (sheet.matches) return revealAboveSheet(anchor, floating);
    const viewport = `${window.innerWidth}x${window.innerHeight}`;
    if (side?.viewport !== viewport) side = null;
    // Measure the card at its natural height, so that flip chooses the side with room for all of it.
    const keep = floating.scrollTop;
    floating.style.removeProperty('--pop-max-h');
    void computePosition(anchor, floating, {
      placement: side?.placement ?? 'bottom-start',
      strategy: 'absolute',
      middleware: [
        inline(),
        offset(GAP),
        side ? null : flip({ padding: MARGIN, fallbackStrategy: 'bestFit' }),
        shift({ padding: MARGIN }),
        size({
          padding: MARGIN,
          apply({ availableHeight, elements }) {
            elements.floating.style.setProperty('--pop-max-h', `${Math.max(0, Math.floor(availableHeight))}px`);
          },
        }),
      ],
    }).then(({ x, y, placement }) => {
      side ??= { placement, viewport };
      floating.style.setProperty('--pop-x', `${Math.round(x)}px`);
      floating.style.setProperty('--pop-y', `${Math.round(y)}px`);
      floating.scrollTop = keep;
    });
  };
  // The card moves with the page when it scrolls (it is absolutely placed), so only size changes matter.
  return autoUpdate(anchor, floating, update, { ancestorScroll: false });
}

/** On a phone, the sheet must not hide the word it explains: scroll it up into the room above. */
function revealAboveSheet(anchor: HTMLElement, floating: HTMLElement) {
  const word = anchor.getBoundingClientRect();
  const sheetTop = floating.getBoundingClientRect().top;
  if (word.bottom + MARGIN > sheetTop) window.scrollBy({ top: word.bottom + 2 * MARGIN - sheetTop, behavior: 'instant' });
}
