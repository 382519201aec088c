import { useId, useState } from 'react';
import type { PanelContent, Translate } from './content-types';
import { Findings, hasFindings, type FindingsData } from './findings';

export interface VerifyViewProps {
  readonly content: PanelContent;
  readonly t: Translate;
  /** Runs the local engine on the pasted text (as an assistant answer). */
  readonly analyze: (text: string) => Promise<FindingsData>;
}

/**
 * "Vérifier une réponse": paste any AI answer (one a relative forwarded, say) and see the points to
 * check. The text lives in this component's state only: never stored, never sent.
 */
export function VerifyView({ content, t, analyze }: VerifyViewProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<FindingsData | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();

  const run = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      setResult(await analyze(text));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="verify" aria-labelledby="verify-title" data-testid="verify">
      <h2 id="verify-title">{t('navVerify')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label htmlFor={fieldId}>{t('verifyLabel')}</label>
        <p className="hint" id={`${fieldId}-hint`}>
          {t('verifyHint')}
        </p>
        <textarea
          id={fieldId}
          aria-describedby={`${fieldId}-hint`}
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
          data-testid="verify-input"
        />
        <p className="actions">
          <button type="submit" disabled={busy} data-testid="verify-submit">
            {t('verifyButton')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setText('');
              setResult(undefined);
            }}
          >
            {t('verifyClear')}
          </button>
        </p>
      </form>
      <div aria-live="polite" data-testid="verify-result">
        {result === undefined ? null : hasFindings(result) ? (
          <>
            <h3>{t('verifyResultTitle')}</h3>
            <Findings findings={result} content={content} t={t} level={4} />
          </>
        ) : (
          <p>{t('verifyNothing')}</p>
        )}
      </div>
    </section>
  );
}
