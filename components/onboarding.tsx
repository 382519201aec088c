import type { Translate } from './content-types';

export interface OnboardingProps {
  readonly t: Translate;
  readonly onOpenSidePanel: () => void;
  readonly onOpenSettings: () => void;
}

/** First-run page: what the extension does, the privacy promise, how to open it, shortcuts to settings. */
export function Onboarding({ t, onOpenSidePanel, onOpenSettings }: OnboardingProps) {
  return (
    <main className="onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p>{t('onboardingIntro')}</p>
      <section aria-labelledby="onboarding-what">
        <h2 id="onboarding-what">{t('onboardingWhatTitle')}</h2>
        <ul>
          <li>{t('onboardingWhatAlert')}</li>
          <li>{t('onboardingWhatPanel')}</li>
          <li>{t('onboardingWhatVerify')}</li>
          <li>{t('onboardingWhatPrivacyGuard')}</li>
        </ul>
        <p>{t('onboardingNotDoctor')}</p>
      </section>
      <section aria-labelledby="onboarding-privacy">
        <h2 id="onboarding-privacy">{t('onboardingPrivacyTitle')}</h2>
        <p>
          <strong>{t('onboardingPrivacy')}</strong>
        </p>
      </section>
      <section aria-labelledby="onboarding-open">
        <h2 id="onboarding-open">{t('onboardingOpenTitle')}</h2>
        <p>{t('onboardingHowToOpen')}</p>
        <p className="actions">
          <button type="button" onClick={onOpenSidePanel} data-testid="open-side-panel">
            {t('onboardingOpenPanel')}
          </button>{' '}
          <button type="button" className="secondary" onClick={onOpenSettings} data-testid="open-settings">
            {t('onboardingSettings')}
          </button>
        </p>
        <p>{t('onboardingSettingsHint')}</p>
      </section>
    </main>
  );
}
