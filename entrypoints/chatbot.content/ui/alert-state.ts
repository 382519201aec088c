/**
 * What the emergency banner shows, per conversation: dismissing hides the categories shown at that
 * moment; a new category (or a missed-emergency notice) brings the banner back. Each category is
 * announced to screen readers once per conversation.
 */
import type { RedFlagCategory } from '../../../engine/types';

export interface BannerContent {
  readonly categories: readonly RedFlagCategory[];
  readonly missedEmergency: boolean;
}

export interface AlertState {
  /** The banner for these findings, or null when there is nothing (left) to show. */
  visible(categories: readonly RedFlagCategory[], missedEmergency: boolean): BannerContent | null;
  dismiss(content: BannerContent): void;
  /** Categories (and the missed notice) not announced yet; marks them announced. */
  takeAnnouncements(content: BannerContent): { categories: RedFlagCategory[]; missedEmergency: boolean };
  reset(): void;
}

export function createAlertState(): AlertState {
  const dismissed = new Set<RedFlagCategory>();
  const announced = new Set<RedFlagCategory>();
  let missedDismissed = false;
  let missedAnnounced = false;
  return {
    visible(categories, missedEmergency) {
      const fresh = categories.some((category) => !dismissed.has(category));
      const missed = missedEmergency && !missedDismissed;
      if (!fresh && !missed) return null;
      return { categories: [...categories], missedEmergency };
    },
    dismiss(content) {
      for (const category of content.categories) dismissed.add(category);
      if (content.missedEmergency) missedDismissed = true;
    },
    takeAnnouncements(content) {
      const categories = content.categories.filter((category) => !announced.has(category));
      for (const category of categories) announced.add(category);
      const missedEmergency = content.missedEmergency && !missedAnnounced;
      if (missedEmergency) missedAnnounced = true;
      return { categories, missedEmergency };
    },
    reset() {
      dismissed.clear();
      announced.clear();
      missedDismissed = false;
      missedAnnounced = false;
    },
  };
}
