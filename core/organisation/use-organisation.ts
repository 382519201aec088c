/**
 * React hook for the extension pages: both profiles, kept up to date, plus the active one.
 * Lives beside storage.ts (not in components/) because it talks to extension storage.
 */
import { useEffect, useState } from 'react';
import type { UiLanguage } from '../i18n';
import { activeProfile, type ActiveProfile, type ManagedProfileState } from './apply';
import {
  readImportedProfile,
  readManagedProfile,
  syncManagedProfileDefaults,
  watchOrganisationProfiles,
} from './storage';
import type { OrganisationProfile } from './types';

export interface OrganisationState {
  readonly managed: ManagedProfileState;
  readonly imported: OrganisationProfile | null;
  readonly active: ActiveProfile;
}

/** undefined while loading. */
export function useOrganisation(language: UiLanguage): OrganisationState | undefined {
  const [state, setState] = useState<OrganisationState>();
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [managed, imported] = await Promise.all([readManagedProfile(language), readImportedProfile()]);
      if (live) setState({ managed, imported, active: activeProfile(managed, imported) });
    };
    void load();
    // The background normally does this at start-up; doing it here too covers a policy that changed since.
    void syncManagedProfileDefaults().catch(() => undefined);
    const unwatch = watchOrganisationProfiles(() => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, [language]);
  return state;
}
