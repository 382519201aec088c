import { useId, useState } from 'react';
import type { Translate } from './content-types';

export interface DoctorQuestionsProps {
  readonly questions: readonly string[];
  readonly onChange: (questions: readonly string[]) => void;
  /** Questions suggested by the conversation's topics and answer checks. */
  readonly suggestions: readonly string[];
  readonly t: Translate;
  /** Writes the list to the clipboard (navigator.clipboard in the panel). */
  readonly copy: (text: string) => Promise<void>;
  readonly print: () => void;
}

/** Plain-text version of the list, for the clipboard: one numbered question per line. */
export function questionsAsText(title: string, questions: readonly string[]): string {
  return [title, '', ...questions.map((question, index) => `${index + 1}. ${question}`)].join('\n');
}

/**
 * "Questions pour mon médecin": an editable list, copied or printed by the user. It lives in the
 * panel's memory only; nothing leaves the browser.
 */
export function DoctorQuestions({ questions, onChange, suggestions, t, copy, print }: DoctorQuestionsProps) {
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const baseId = useId();
  const missing = suggestions.filter((suggestion) => !questions.includes(suggestion));

  const update = (index: number, value: string) => onChange(questions.map((q, i) => (i === index ? value : q)));
  const remove = (index: number) => onChange(questions.filter((_, i) => i !== index));
  const add = () => {
    const value = draft.trim();
    if (!value) return;
    onChange([...questions, value]);
    setDraft('');
  };

  return (
    <section className="doctor-questions" aria-labelledby={`${baseId}-title`} data-testid="doctor-questions">
      <h2 id={`${baseId}-title`}>{t('navQuestions')}</h2>
      <p className="no-print">{t('questionsIntro')}</p>
      {missing.length > 0 ? (
        <p className="no-print">
          <button type="button" onClick={() => onChange([...questions, ...missing])} data-testid="questions-suggest">
            {t('questionsAddSuggested', String(missing.length))}
          </button>
        </p>
      ) : null}
      {questions.length === 0 ? <p>{t('questionsEmpty')}</p> : null}
      <ol className="questions__list">
        {questions.map((question, index) => (
          <li key={index}>
            <span className="print-only">{question}</span>
            <span className="questions__row no-print">
              <label className="visually-hidden" htmlFor={`${baseId}-q${index}`}>
                {t('questionsEditLabel', String(index + 1))}
              </label>
              <textarea
                id={`${baseId}-q${index}`}
                rows={2}
                value={question}
                onChange={(event) => update(index, event.target.value)}
              />
              <button type="button" className="secondary" onClick={() => remove(index)}>
                <span aria-hidden="true">✕</span>
                <span className="visually-hidden">{t('questionsRemove', String(index + 1))}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form
        className="no-print"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label htmlFor={`${baseId}-new`}>{t('questionsNewLabel')}</label>
        <span className="questions__row">
          <input id={`${baseId}-new`} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit">{t('questionsAdd')}</button>
        </span>
      </form>
      <p className="actions no-print">
        <button
          type="button"
          disabled={questions.length === 0}
          onClick={() =>
            void copy(questionsAsText(t('navQuestions'), questions)).then(
              () => setStatus(t('questionsCopied')),
              () => setStatus(t('questionsCopyFailed')),
            )
          }
        >
          {t('questionsCopy')}
        </button>{' '}
        <button type="button" disabled={questions.length === 0} onClick={print}>
          {t('questionsPrint')}
        </button>
      </p>
      <p role="status" className="no-print">
        {status}
      </p>
    </section>
  );
}
