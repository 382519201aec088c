import { useId } from 'react';
import { below, Heading, type HeadingLevel } from './heading';
import type { GuidanceCardView, Translate } from './content-types';
import { NumberLinks } from './number-links';

export interface GuidanceCardsProps {
  readonly cards: readonly GuidanceCardView[];
  readonly t: Translate;
  readonly level?: HeadingLevel;
}

/** Guidance chosen by the detected topics (medication → pharmacist, mental health → 3114…). */
export function GuidanceCards({ cards, t, level = 3 }: GuidanceCardsProps) {
  const titleId = useId();
  if (cards.length === 0) return null;
  return (
    <section className="guidance-cards" aria-labelledby={titleId} data-testid="guidance-cards">
      <Heading level={level} id={titleId}>
        {t('guidanceTitle')}
      </Heading>
      <ul className="cards">
        {cards.map((card) => (
          <li key={card.topic} className="card" data-topic={card.topic}>
            <Heading level={below(level)}>{card.title}</Heading>
            {card.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            <NumberLinks numbers={card.numbers} />
            {card.links && card.links.length > 0 ? (
              <ul className="card-links">
                {card.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} target="_blank" rel="noreferrer">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
