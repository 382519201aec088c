import { useId } from 'react';
import { Heading, type HeadingLevel } from './heading';
import type { Translate } from './content-types';

export interface PrivacyReminderProps {
  /** Counts per personal-data kind (never the data itself). */
  readonly counts: Readonly<Partial<Record<string, number>>>;
  readonly labels: Readonly<Record<string, string>>;
  readonly t: Translate;
  readonly level?: HeadingLevel;
}

/** Shown when personal data was typed into the prompt: which kinds and how many, nothing else. */
export function PrivacyReminder({ counts, labels, t, level = 3 }: PrivacyReminderProps) {
  const titleId = useId();
  const entries = Object.entries(counts).filter((entry): entry is [string, number] => (entry[1] ?? 0) > 0);
  if (entries.length === 0) return null;
  return (
    <section className="privacy-reminder" aria-labelledby={titleId} data-testid="privacy-reminder">
      <Heading level={level} id={titleId}>
        {t('privacyTitle')}
      </Heading>
      <p>{t('privacyIntro')}</p>
      <ul>
        {entries.map(([kind, count]) => (
          <li key={kind}>{t('privacyCount', labels[kind] ?? kind, String(count))}</li>
        ))}
      </ul>
      <p>{t('privacyAdvice')}</p>
    </section>
  );
}
