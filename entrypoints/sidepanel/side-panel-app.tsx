import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PanelContent } from '../../components/content-types';
import { CurrentTabView } from '../../components/current-tab-view';
import { PageAnalysis } from '../../components/page-analysis';
import { PanelNav } from '../../components/panel-nav';
import { routeHash } from '../../components/routes';
import { SheetView } from '../../components/sheet-view';
import { writeContentVersionHint } from './content-version-hint';
import { analyzeText } from './engine-loader';
import { isLazyView, useLazyViews } from './lazy-views';
import { loadPanelContent, suggestedQuestions } from './panel-content';
import { pinnedTabId, useActiveTabState } from './use-active-tab-state';
import { usePanelRequest } from './use-panel-request';
import { useRoute } from './use-route';
import { useSettings } from './use-settings';

// Only shown when an organisation profile is installed: its code (and the storage it reads) loads once the
// panel's first content is painted, never before it (asking for its chunks takes the main thread for tens of ms
// on a busy machine).
const OrganisationSlot = lazy(() =>
  import('./organisation-slot').then(({ OrganisationSlot }) => ({ default: OrganisationSlot })),
);

export function SidePanelApp() {
  const { t, version, loaded, language } = useSettings();
  const { state: tabState, tabId } = useActiveTabState();
  const [route, navigate] = useRoute();
  const [content, setContent] = useState<PanelContent | undefined>(undefined);
  // The doctor-questions list lives here, in memory only, so switching views keeps it.
  const [questions, setQuestions] = useState<readonly string[]>([]);
  const [questionsEdited, setQuestionsEdited] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  // A layout effect, so the text starts loading right after the render that knows the settings; Preact runs
  // plain effects only after the next frame is painted.
  useLayoutEffect(() => {
    if (!loaded) return;
    let disposed = false;
    writeContentVersionHint(version);
    void loadPanelContent(version).then((loadedContent) => {
      if (!disposed) setContent(loadedContent);
    });
    return () => {
      disposed = true;
    };
  }, [version, loaded]);

  // Benchmark marks (scripts/bench-panel.ts): the first render with real content committed, then the next
  // frame (a task queued from requestAnimationFrame runs once that frame is painted). A layout effect runs right
  // after the commit; a plain effect may wait for a paint first (Preact runs them after the next frame).
  // What is not part of the first view (the organisation slot, the other views' code) waits for that frame.
  const marked = useRef(false);
  const [firstContentPainted, setFirstContentPainted] = useState(false);
  useLayoutEffect(() => {
    if (marked.current || !content || tabState === undefined) return;
    marked.current = true;
    performance.mark('repere:panel-ready');
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('repere:panel-painted');
        setFirstContentPainted(true);
      }, 0),
    );
  }, [content, tabState]);

  const views = useLazyViews(route.view, firstContentPainted);
  // Busy until both the content and the view's code are there, so nothing half-drawn is announced or measured.
  const viewMissing = isLazyView(route.view) && !(route.view in views);

  const pinned = pinnedTabId(location.search);
  usePanelRequest(pinned, (request) =>
    navigate(request.checklist ? { view: 'checklists', anchor: request.checklist } : { view: 'current' }),
  );

  // Move focus to the new view (not on first load), so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    if (!route.anchor) mainRef.current?.focus();
  }, [route.view, route.anchor]);

  const suggestions = useMemo(
    () => (content && tabState ? suggestedQuestions(content, tabState.topics, tabState.checks) : []),
    [content, tabState],
  );
  // The list starts from the conversation's suggestions; once the user edits it, it is theirs (new
  // suggestions are then offered with a button, never added behind their back).
  useEffect(() => {
    if (!questionsEdited) setQuestions(suggestions);
  }, [suggestions, questionsEdited]);

  return (
    <div className="side-panel" data-version={version}>
      <a
        className="skip-link"
        href={routeHash(route)}
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="panel-header no-print">
        <h1>{t('panelTitle')}</h1>
        <p className="privacy-badge">{t('privacyBadge')}</p>
        <p className="header-links">
          <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openSettings')}
          </button>
        </p>
      </header>
      <PanelNav view={route.view} t={t} />
      <main id="main" ref={mainRef} tabIndex={-1} aria-busy={content === undefined || viewMissing}>
        {content === undefined || viewMissing ? null : route.view === 'sheet' ? (
          <SheetView
            title={content.sheetTitle}
            intro={content.sheetIntro}
            disclaimer={content.sheetDisclaimer}
            links={content.sheetLinks}
            sections={content.sheet}
            anchor={route.anchor}
            t={t}
          />
        ) : route.view === 'checklists' && views.checklists ? (
          <views.checklists.ChecklistsView content={content} anchor={route.anchor} t={t} />
        ) : route.view === 'numbers' && views.numbers ? (
          <views.numbers.NumbersView numbers={content.numbers} t={t} />
        ) : route.view === 'verify' && views.verify ? (
          <views.verify.VerifyView content={content} t={t} analyze={analyzeText} />
        ) : route.view === 'questions' && views.questions ? (
          <views.questions.DoctorQuestions
            questions={questions}
            onChange={(next) => {
              setQuestionsEdited(true);
              setQuestions(next);
            }}
            suggestions={suggestions}
            t={t}
            copy={(text) => navigator.clipboard.writeText(text)}
            print={() => window.print()}
          />
        ) : (
          <CurrentTabView
            tabState={tabState}
            content={content}
            t={t}
            organisation={
              firstContentPainted ? (
                <Suspense fallback={null}>
                  <OrganisationSlot language={language} />
                </Suspense>
              ) : null
            }
            pageAnalysis={
              <PageAnalysis
                content={content}
                t={t}
                analysePage={() => import('./page-analysis').then(({ analyseTab }) => analyseTab(pinned ?? tabId))}
              />
            }
          />
        )}
      </main>
    </div>
  );
}
