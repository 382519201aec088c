import type { PhoneNumberView } from './content-types';

export interface NumberLinksProps {
  readonly numbers: readonly PhoneNumberView[];
  /** Large buttons for the emergency card; compact list elsewhere. */
  readonly large?: boolean;
}

/** tel:/sms: links with an explicit accessible name (WCAG: the digits alone don't say what they do). */
export function NumberLinks({ numbers, large = false }: NumberLinksProps) {
  if (numbers.length === 0) return null;
  return (
    <ul className={large ? 'number-links number-links--large' : 'number-links'}>
      {numbers.map((number) => (
        <li key={number.id + number.href}>
          <a className="number-link" href={number.href} aria-label={number.label}>
            <span className="number-link__digits" aria-hidden="true">
              {number.display}
            </span>
            <span className="number-link__label" aria-hidden="true">
              {number.label}
            </span>
          </a>
          {number.description && !large ? (
            <span className="number-link__description"> {number.description}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
