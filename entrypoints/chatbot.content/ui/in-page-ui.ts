/** The in-page UI as one object: shadow root, banner, indicator, privacy guard, live region, layout. */
import type { PiiKind, RedFlagCategory } from '../../../engine/types';
import type { BannerContent } from './alert-state';
import { createBanner } from './banner';
import { createIndicator } from './indicator';
import { applyPlacement, placeBanner, placeBesideComposer, type Rect } from './layout';
import { createGuard } from './privacy-guard';
import { createUiRoot, type UiRoot } from './root';
import type { InPageStrings } from './strings';

export interface InPageUiHandlers {
  onChecklist(category: RedFlagCategory): void;
  onDismiss(content: BannerContent): void;
  onOpenPanel(): void;
  onMask(): void;
  onIgnore(): void;
}

export interface InPageUi {
  readonly root: UiRoot;
  banner(content: BannerContent | null, strings: InPageStrings): void;
  indicator(visible: boolean, strings: InPageStrings): void;
  guard(kinds: readonly PiiKind[] | null, strings: InPageStrings): void;
  announce(text: string): void;
  /** True when any layer is shown (then layout() is worth a measurement). */
  readonly showing: boolean;
  layout(composer: Rect | null, column: Rect | null, width: number, height: number): void;
  destroy(): void;
}

const INDICATOR_HEIGHT = 40;

export function createInPageUi(doc: Document, handlers: InPageUiHandlers): InPageUi {
  const root = createUiRoot(doc);
  const banner = createBanner(root.bannerLayer, handlers);
  const indicator = createIndicator(root.indicatorLayer, handlers.onOpenPanel);
  const guard = createGuard(root.guardLayer, handlers);
  const layers = [root.bannerLayer, root.indicatorLayer, root.guardLayer];
  return {
    root,
    banner: (content, strings) => banner.render(content, strings),
    indicator: (visible, strings) => indicator.render(visible, strings),
    guard: (kinds, strings) => guard.render(kinds, strings),
    announce(text) {
      // Clear then set, so assistive tech reads the new text even if it equals the previous one.
      root.announcer.textContent = '';
      root.announcer.textContent = text;
    },
    get showing() {
      return layers.some((layer) => !layer.hidden);
    },
    layout(composer, column, width, height) {
      applyPlacement(root.bannerLayer, placeBanner(column ?? composer, width));
      applyPlacement(root.indicatorLayer, placeBesideComposer(composer, width, height));
      const stack = root.indicatorLayer.hidden ? 0 : INDICATOR_HEIGHT;
      applyPlacement(root.guardLayer, placeBesideComposer(composer, width, height, stack));
    },
    destroy: () => root.destroy(),
  };
}
