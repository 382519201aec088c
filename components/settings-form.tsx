import { useId, useState, type ReactNode } from 'react';
import type { MessageKey } from '../core/i18n';
import type { Settings } from '../core/settings';
import { SITE_HOSTS, type SiteId } from '../sites/hosts';
import type { Translate } from './content-types';

export interface SettingsFormProps {
  readonly settings: Settings;
  readonly onChange: (patch: Partial<Settings>) => void;
  readonly t: Translate;
  /** Removes everything the extension stored (settings, profile, per-tab memory). */
  readonly onClearAll: () => Promise<void>;
  /** Import section of the organisation profile (wired by the options page when it exists). */
  readonly organisation?: ReactNode;
}

interface ChoiceProps<T extends string> {
  readonly legend: string;
  readonly name: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: MessageKey }[];
  readonly onChange: (value: T) => void;
  readonly t: Translate;
}

function Choice<T extends string>({ legend, name, value, options, onChange, t }: ChoiceProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />{' '}
          {t(option.label)}
        </label>
      ))}
    </fieldset>
  );
}

function Toggle(props: {
  readonly label: string;
  readonly hint?: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly testId?: string;
}) {
  const id = useId();
  return (
    <p className="toggle">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        data-testid={props.testId}
      />{' '}
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <span className="hint" id={`${id}-hint`}>
          {' '}
          {props.hint}
        </span>
      ) : null}
    </p>
  );
}

/** The options page: every setting is saved as soon as it changes. */
export function SettingsForm({ settings, onChange, t, onClearAll, organisation }: SettingsFormProps) {
  const [clearStep, setClearStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  const toggleSite = (site: SiteId, enabled: boolean) =>
    onChange({
      disabledSites: enabled
        ? settings.disabledSites.filter((id) => id !== site)
        : [...settings.disabledSites.filter((id) => id !== site), site],
    });

  return (
    <main className="options" data-testid="settings-form">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>

      <section aria-labelledby="settings-display">
        <h2 id="settings-display">{t('settingsDisplay')}</h2>
        <Choice
          legend={t('settingsLanguage')}
          name="language"
          value={settings.language}
          options={[
            { value: 'auto', label: 'languageAuto' },
            { value: 'fr', label: 'languageFr' },
            { value: 'en', label: 'languageEn' },
          ]}
          onChange={(language) => onChange({ language })}
          t={t}
        />
        <Toggle
          label={t('settingsEasyToRead')}
          hint={t('settingsEasyToReadHint')}
          checked={settings.easyToRead}
          onChange={(easyToRead) => onChange({ easyToRead })}
          testId="setting-easy-to-read"
        />
        <Choice
          legend={t('settingsTextSize')}
          name="textSize"
          value={settings.textSize}
          options={[
            { value: 'normal', label: 'textSizeNormal' },
            { value: 'large', label: 'textSizeLarge' },
            { value: 'larger', label: 'textSizeLarger' },
          ]}
          onChange={(textSize) => onChange({ textSize })}
          t={t}
        />
        <Choice
          legend={t('settingsTheme')}
          name="theme"
          value={settings.theme}
          options={[
            { value: 'auto', label: 'themeAuto' },
            { value: 'light', label: 'themeLight' },
            { value: 'dark', label: 'themeDark' },
          ]}
          onChange={(theme) => onChange({ theme })}
          t={t}
        />
      </section>

      <section aria-labelledby="settings-in-page">
        <h2 id="settings-in-page">{t('settingsInPage')}</h2>
        <Toggle
          label={t('settingsInPageAlert')}
          hint={t('settingsInPageAlertHint')}
          checked={settings.inPageAlert}
          onChange={(inPageAlert) => onChange({ inPageAlert })}
        />
        <Toggle
          label={t('settingsPrivacyGuard')}
          hint={t('settingsPrivacyGuardHint')}
          checked={settings.privacyGuard}
          onChange={(privacyGuard) => onChange({ privacyGuard })}
        />
        <Toggle
          label={t('settingsHealthIndicator')}
          hint={t('settingsHealthIndicatorHint')}
          checked={settings.healthIndicator}
          onChange={(healthIndicator) => onChange({ healthIndicator })}
        />
      </section>

      <section aria-labelledby="settings-sites">
        <h2 id="settings-sites">{t('settingsSites')}</h2>
        <p>{t('settingsSitesHint')}</p>
        <ul className="site-list">
          {SITE_HOSTS.map((site) => (
            <li key={site.id}>
              <Toggle
                label={site.name}
                checked={!settings.disabledSites.includes(site.id)}
                onChange={(enabled) => toggleSite(site.id, enabled)}
                testId={`site-${site.id}`}
              />
            </li>
          ))}
        </ul>
      </section>

      {organisation}

      <section aria-labelledby="settings-clear" className="danger-zone">
        <h2 id="settings-clear">{t('clearTitle')}</h2>
        <p>{t('clearText')}</p>
        {clearStep === 'confirm' ? (
          <p className="actions">
            <button
              type="button"
              className="danger"
              data-testid="clear-confirm"
              onClick={() => void onClearAll().then(() => setClearStep('done'))}
            >
              {t('clearConfirm')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setClearStep('idle')}>
              {t('clearCancel')}
            </button>
          </p>
        ) : (
          <p>
            <button type="button" className="danger" data-testid="clear-all" onClick={() => setClearStep('confirm')}>
              {t('clearButton')}
            </button>
          </p>
        )}
        <p role="status">{clearStep === 'done' ? t('clearDone') : ''}</p>
      </section>
      <p className="hint">{t('settingsSavedNote')}</p>
    </main>
  );
}
