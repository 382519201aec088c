import type { PhoneNumberView } from './content-types';

export interface NumberLinksProps {
  readonly numbers: readonly PhoneNumberView[];
  /** Large buttons for the emergency card; compact list elsewhere. */
  readonly large?: boolean;
  /** Show each number's one-line description under it. */
  readonly withDescriptions?: boolean;
}

/**
 * One tel:/sms: link. Its visible text IS its accessible label ("Appeler le 15, SAMU"), with the digits
 * enlarged: an explicit name for screen readers, and what voice-control users see is what they can say
 * (WCAG 2.5.3, label in name).
 */
export function NumberLink({ number }: { readonly number: PhoneNumberView }) {
  const at = number.display ? number.label.indexOf(number.display) : -1;
  return (
    <a className="number-link" href={number.href} aria-label={number.label}>
      {at >= 0 ? (
        <span>
          {number.label.slice(0, at)}
          <span className="number-link__digits">{number.display}</span>
          {number.label.slice(at + number.display.length)}
        </span>
      ) : (
        <span>
          <span className="number-link__digits">{number.display}</span> {number.label}
        </span>
      )}
    </a>
  );
}

/** Regional centres (antipoison): collapsed under one summary, so a card keeps one main action. */
function Centres({ number }: { readonly number: PhoneNumberView }) {
  return (
    <details className="centres">
      <summary>{number.label}</summary>
      <ul>
        {(number.centres ?? []).map((centre) => (
          <li key={centre.id}>
            <a href={centre.href} aria-label={centre.label}>
              {centre.description} : {centre.display}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function NumberLinks({ numbers, large = false, withDescriptions = false }: NumberLinksProps) {
  if (numbers.length === 0) return null;
  return (
    <ul className={large ? 'number-links number-links--large' : 'number-links'}>
      {numbers.map((number) => (
        <li key={number.id}>
          {number.centres && number.centres.length > 0 ? <Centres number={number} /> : <NumberLink number={number} />}
          {withDescriptions && number.description ? <p className="number-description">{number.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
