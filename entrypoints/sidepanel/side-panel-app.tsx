import { SiteStatus } from '../../components/site-status';
import { pickUiLanguage, translator } from '../../core/i18n';
import { useActiveTabState } from './use-active-tab-state';

export function SidePanelApp() {
  const t = translator(pickUiLanguage(navigator.languages));
  const tabState = useActiveTabState();
  return (
    <main className="side-panel">
      <h1>{t('panelTitle')}</h1>
      <SiteStatus site={tabState === undefined ? undefined : (tabState?.site ?? null)} t={t} />
    </main>
  );
}
