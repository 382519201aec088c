import type { PhoneNumberView, Translate } from './content-types';
import { NumberLinks } from './number-links';

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
      <NumberLinks numbers={numbers} withDescriptions />
    </section>
  );
}
