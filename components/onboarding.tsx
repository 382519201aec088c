import type { MessageKey } from '../core/i18n';

export interface OnboardingProps {
  readonly t: (key: MessageKey, ...args: string[]) => string;
  readonly onOpenSidePanel: () => void;
  readonly onOpenSettings: () => void;
}

/** First-run page: what the extension does, the privacy promise, how to open it. */
export function Onboarding({ t, onOpenSidePanel, onOpenSettings }: OnboardingProps) {
  return (
    <main className="onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p>{t('onboardingIntro')}</p>
      <p>
        <strong>{t('onboardingPrivacy')}</strong>
      </p>
      <p>{t('onboardingHowToOpen')}</p>
      <p>
        <button type="button" onClick={onOpenSidePanel} data-testid="open-side-panel">
          {t('onboardingOpenPanel')}
        </button>{' '}
        <button type="button" onClick={onOpenSettings}>
          {t('onboardingSettings')}
        </button>
      </p>
    </main>
  );
}
