import { useId } from 'react';
import { below, Heading, type HeadingLevel } from './heading';
import type { AnswerCheckView, Translate } from './content-types';

export interface AnswerChecksProps {
  readonly checks: readonly AnswerCheckView[];
  readonly t: Translate;
  readonly level?: HeadingLevel;
  /** Heading text; "Points à vérifier" by default. */
  readonly title?: string;
}

/** "Points à vérifier": each engine answer check with one line of why and what to do. */
export function AnswerChecks({ checks, t, title, level = 3 }: AnswerChecksProps) {
  const titleId = useId();
  if (checks.length === 0) return null;
  return (
    <section className="answer-checks" aria-labelledby={titleId} data-testid="answer-checks">
      <Heading level={level} id={titleId}>
        {title ?? t('checksTitle')}
      </Heading>
      <ul className="cards">
        {checks.map((check) => (
          <li key={check.id} className="card" data-check={check.id}>
            <Heading level={below(level)}>{check.title}</Heading>
            <p>
              <span className="label">{t('checkWhy')}</span> {check.why}
            </p>
            <p>
              <span className="label">{t('checkWhatToDo')}</span> {check.whatToDo}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
