import { useState } from 'react';
import type { PanelContent, Translate } from './content-types';
import { Findings, hasFindings, type FindingsData } from './findings';

export interface PageAnalysisResult {
  readonly title: string;
  /** First paragraphs of the main text, already reduced to plain text (see sanitize.ts). */
  readonly excerpt: readonly string[];
  readonly findings: FindingsData;
}

export interface PageAnalysisProps {
  readonly content: PanelContent;
  readonly t: Translate;
  /** Reads the active tab on demand (activeTab + scripting) and runs the engine. */
  readonly analysePage: () => Promise<PageAnalysisResult>;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'done'; readonly result: PageAnalysisResult };

/** "Analyser cette page": only runs when the user asks, on the tab they are looking at. */
export function PageAnalysis({ content, t, analysePage }: PageAnalysisProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = () => {
    setState({ kind: 'running' });
    analysePage().then(
      (result) => setState({ kind: 'done', result }),
      () => setState({ kind: 'failed' }),
    );
  };
  return (
    <section className="page-analysis no-print" aria-labelledby="page-analysis-title" data-testid="page-analysis">
      <h3 id="page-analysis-title">{t('analyseTitle')}</h3>
      <p className="hint">{t('analyseHint')}</p>
      <p>
        <button type="button" onClick={run} disabled={state.kind === 'running'} data-testid="analyse-page">
          {t('analyseButton')}
        </button>
      </p>
      <div aria-live="polite">
        {state.kind === 'running' ? <p>{t('analyseRunning')}</p> : null}
        {state.kind === 'failed' ? (
          <p className="notice" data-testid="analyse-failed">
            {t('analyseFailed')}
          </p>
        ) : null}
        {state.kind === 'done' ? (
          <div data-testid="analyse-result">
            <p>
              <strong>{t('analyseResultFor', state.result.title || t('analyseUntitled'))}</strong>
            </p>
            {hasFindings(state.result.findings) ? (
              <Findings findings={state.result.findings} content={content} t={t} level={4} />
            ) : (
              <p>{t('analyseNothing')}</p>
            )}
            {state.result.excerpt.length > 0 ? (
              <details>
                <summary>{t('analyseExcerpt')}</summary>
                {state.result.excerpt.map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
              </details>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
