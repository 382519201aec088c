import { useId } from 'react';
import type { EmergencyCardView, Translate } from './content-types';
import { Heading, type HeadingLevel } from './heading';
import { NumberLinks } from './number-links';

export interface EmergencyCardProps {
  readonly card: EmergencyCardView;
  /** The evidence excerpt that raised the alert, shown so the user sees why. */
  readonly evidence?: string;
  readonly t: Translate;
  readonly level?: HeadingLevel;
}

/** First thing in the panel when a red flag is detected: one sentence, large call buttons. */
export function EmergencyCard({ card, evidence, t, level = 3 }: EmergencyCardProps) {
  const headingId = useId();
  return (
    <section
      className="emergency-card"
      aria-labelledby={headingId}
      data-testid="emergency-card"
      data-category={card.category}
    >
      <Heading level={level} id={headingId}>
        {card.title}
      </Heading>
      <p className="emergency-card__action">{card.action}</p>
      <NumberLinks numbers={card.numbers} large />
      {evidence ? (
        <p className="emergency-card__evidence">
          {t('emergencyEvidence')} <q>{evidence}</q>
        </p>
      ) : null}
    </section>
  );
}
