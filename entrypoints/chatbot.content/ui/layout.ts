/**
 * Where the fixed layers go. Rule: never over the composer, and keep off the conversation column
 * (same width as the composer on every supported site) whenever the viewport leaves room beside it.
 *
 *   ┌──────────── viewport ─────────────┐
 *   │        ┌── column ──┐  ┌ banner ┐  │   banner: right of the column, else top-right (narrow)
 *   │        │  answers   │  └────────┘  │
 *   │        │            │  ┌ guard ─┐  │   guard: beside the composer, else just above it
 *   │        ├─ composer ─┤  [indicator] │   indicator: beside the composer, else just above it
 *   └────────┴────────────┴──────────────┘
 */
export interface Rect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Placement {
  readonly top?: number;
  readonly bottom?: number;
  readonly left?: number;
  readonly right?: number;
  readonly maxWidth: number;
}

const GAP = 12;
// 240 px still fits the action, the call buttons and the 114 SMS line; it keeps the banner beside a
// 712-px chat column on a 1280-px window (the most common laptop width) instead of over it.
const BANNER_MIN = 240;
const BANNER_MAX = 380;
const SIDE_MIN = 200;

export function placeBanner(column: Rect | null, width: number): Placement {
  const free = column ? width - column.right - 2 * GAP : 0;
  if (column && free >= BANNER_MIN) return { top: GAP, left: column.right + GAP, maxWidth: Math.min(BANNER_MAX, free) };
  return { top: GAP, right: GAP, maxWidth: Math.min(BANNER_MAX, width - 2 * GAP) };
}

/** `stack` lifts the layer above another one placed at the same anchor (guard above the indicator). */
export function placeBesideComposer(composer: Rect | null, width: number, height: number, stack = 0): Placement {
  if (!composer) return { bottom: GAP + stack, right: GAP, maxWidth: Math.min(BANNER_MAX, width - 2 * GAP) };
  const rightRoom = width - composer.right - 2 * GAP;
  if (rightRoom >= SIDE_MIN)
    return {
      bottom: height - composer.bottom + stack,
      left: composer.right + GAP,
      maxWidth: Math.min(BANNER_MAX, rightRoom),
    };
  const leftRoom = composer.left - 2 * GAP;
  if (leftRoom >= SIDE_MIN)
    return {
      bottom: height - composer.bottom + stack,
      right: width - composer.left + GAP,
      maxWidth: Math.min(BANNER_MAX, leftRoom),
    };
  return {
    bottom: height - composer.top + 6 + stack,
    right: Math.max(GAP, width - composer.right),
    maxWidth: Math.max(SIDE_MIN, composer.right - composer.left),
  };
}

export function applyPlacement(layer: HTMLElement, placement: Placement): void {
  const px = (value: number | undefined) => (value === undefined ? 'auto' : `${Math.round(value)}px`);
  layer.style.top = px(placement.top);
  layer.style.bottom = px(placement.bottom);
  layer.style.left = px(placement.left);
  layer.style.right = px(placement.right);
  layer.style.maxWidth = px(placement.maxWidth);
}
