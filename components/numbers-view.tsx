import type { PhoneNumberView, Translate } from './content-types';

export interface NumbersViewProps {
  readonly numbers: readonly PhoneNumberView[];
  readonly t: Translate;
}

/** Emergency and help numbers, each a labelled tel:/sms: link with one line on what it is for. */
export function NumbersView({ numbers, t }: NumbersViewProps) {
  return (
    <section className="numbers" aria-labelledby="numbers-title" data-testid="numbers">
      <h2 id="numbers-title">{t('navNumbers')}</h2>
      <p>{t('numbersIntro')}</p>
      <ul className="numbers__list">
        {numbers.map((number) => (
          <li key={number.id + number.href} className="card">
            <a className="number-link" href={number.href} aria-label={number.label}>
              <span className="number-link__digits" aria-hidden="true">
                {number.display}
              </span>
              <span className="number-link__label" aria-hidden="true">
                {number.label}
              </span>
            </a>
            {number.description ? <p>{number.description}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
