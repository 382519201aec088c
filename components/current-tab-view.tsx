import type { ReactNode } from 'react';
import type { TabState } from '../core/protocol';
import type { PanelContent, Translate } from './content-types';
import { Findings, hasFindings } from './findings';
import { SheetView } from './sheet-view';
import { SiteStatus } from './site-status';

export interface CurrentTabViewProps {
  /** undefined while loading, null when the tab is not a supported chatbot page. */
  readonly tabState: TabState | null | undefined;
  readonly content: PanelContent;
  readonly t: Translate;
  /** "Analyser cette page" button and its results (wired by the panel). */
  readonly pageAnalysis?: ReactNode;
  /** "Votre association" card, when an organisation profile exists (wired by the panel). */
  readonly organisation?: ReactNode;
}

/**
 * What the panel shows for the active tab. Emergency first; when nothing was detected (or this is not a
 * chatbot page) the guidance sheet itself.
 */
export function CurrentTabView({ tabState, content, t, pageAnalysis, organisation }: CurrentTabViewProps) {
  const findings = tabState
    ? {
        redFlags: tabState.redFlags,
        checks: tabState.checks,
        topics: tabState.topics,
        piiCounts: tabState.piiCounts,
      }
    : undefined;
  const detected = findings !== undefined && hasFindings(findings);
  // After the emergency card (which always comes first), never before it.
  const notices = (
    <>
      {tabState?.readerStatus === 'degraded' ? (
        <p className="notice" data-testid="reader-degraded">
          {t('readerDegraded')}
        </p>
      ) : null}
      {tabState?.missedEmergency && tabState.redFlags.length > 0 && !tabState.checks.includes('missed_emergency') ? (
        <p className="notice notice--warning" data-testid="missed-emergency">
          {t('missedEmergency')}
        </p>
      ) : null}
    </>
  );
  return (
    <section className="current-tab" aria-labelledby="current-title" data-testid="current-tab">
      <h2 id="current-title" className="visually-hidden">
        {t('navCurrent')}
      </h2>
      <SiteStatus site={tabState === undefined ? undefined : (tabState?.site ?? null)} t={t} />
      {findings && detected ? (
        <Findings findings={findings} content={content} t={t} level={3} afterEmergency={notices} />
      ) : (
        notices
      )}
      {pageAnalysis}
      {organisation}
      {tabState !== undefined && !detected ? (
        <>
          <p className="intro">{tabState ? t('nothingDetected') : t('notChatbotIntro')}</p>
          <SheetView
            title={content.sheetTitle}
            intro={content.sheetIntro}
            disclaimer={content.sheetDisclaimer}
            links={content.sheetLinks}
            sections={content.sheet}
            t={t}
            level={3}
            searchable={false}
          />
        </>
      ) : null}
    </section>
  );
}
