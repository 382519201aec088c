/**
 * Import a profile file: file picker or drag-and-drop → validation → preview (the card as it will
 * appear, and the settings it will change) → "Appliquer". A file with any problem is refused as a
 * whole, with every problem listed; nothing is written until the person confirms a valid preview.
 */
import { useState, type DragEvent } from 'react';
import type { UiLanguage } from '../core/i18n';
import type { Settings } from '../core/settings';
import { describeSettingsChanges } from '../core/organisation/describe-settings';
import { MAX_PROFILE_BYTES, type OrganisationProfile, type ProfileError } from '../core/organisation/types';
import { organisationStrings } from '../core/organisation/ui-strings';
import { parseProfileText, tooLarge } from '../core/organisation/validate';
import { OrganisationCard } from './organisation-card';
import { OrganisationErrors } from './organisation-errors';

export interface OrganisationImportProps {
  readonly language: UiLanguage;
  readonly currentSettings: Settings;
  /** Stores the profile and its settings defaults; rejects if storing failed. */
  readonly onApply: (profile: OrganisationProfile) => Promise<void>;
}

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading' }
  | { readonly step: 'preview'; readonly fileName: string; readonly profile: OrganisationProfile }
  | { readonly step: 'refused'; readonly fileName: string; readonly errors: readonly ProfileError[] }
  | { readonly step: 'applied'; readonly name: string }
  | { readonly step: 'failed' };

export function OrganisationImport({ language, currentSettings, onApply }: OrganisationImportProps) {
  const t = organisationStrings(language);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);

  async function readFile(file: File) {
    setState({ step: 'reading' });
    // Refuse oversized files before reading them at all.
    const result =
      file.size > MAX_PROFILE_BYTES ? tooLarge(file.size, language) : parseProfileText(await file.text(), language);
    setState(
      result.ok
        ? { step: 'preview', fileName: file.name, profile: result.profile }
        : { step: 'refused', fileName: file.name, errors: result.errors },
    );
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  }

  async function apply(profile: OrganisationProfile) {
    try {
      await onApply(profile);
      setState({ step: 'applied', name: profile.name });
    } catch {
      setState({ step: 'failed' });
    }
  }

  return (
    <div className="organisation-import" data-testid="organisation-import">
      <h3>{t('importTitle')}</h3>
      <div
        className={dragging ? 'organisation-drop-zone is-dragging' : 'organisation-drop-zone'}
        data-testid="organisation-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label>
          {t('chooseFile')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="organisation-file-input"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void readFile(file);
            }}
          />
        </label>
        <p>{t('dropZone')}</p>
      </div>

      <div role="status" aria-live="polite">
        {state.step === 'reading' && <p>{t('reading')}</p>}
        {state.step === 'applied' && <p data-testid="organisation-applied">{t('applied', state.name)}</p>}
        {state.step === 'failed' && <p role="alert">{t('applyFailed')}</p>}
      </div>

      {state.step === 'refused' && (
        <div className="organisation-refused" role="alert" data-testid="organisation-refused">
          <p>{t('errorsTitle', state.fileName)}</p>
          <OrganisationErrors errors={state.errors} wholeFileLabel={t('wholeFile')} />
          <p>{t('errorsKeep')}</p>
        </div>
      )}

      {state.step === 'preview' && (
        <div className="organisation-preview" data-testid="organisation-preview">
          <h3>{t('previewTitle', state.profile.name)}</h3>
          <OrganisationCard profile={state.profile} language={language} headingLevel={3} />
          <SettingsChanges
            lines={describeSettingsChanges(currentSettings, state.profile, language)}
            language={language}
          />
          <button type="button" data-testid="organisation-apply" onClick={() => void apply(state.profile)}>
            {t('apply')}
          </button>{' '}
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}

function SettingsChanges({ lines, language }: { readonly lines: readonly string[]; readonly language: UiLanguage }) {
  const t = organisationStrings(language);
  if (lines.length === 0) return <p>{t('previewNoSettings')}</p>;
  return (
    <>
      <p>{t('previewSettings')}</p>
      <ul data-testid="organisation-settings-changes">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
