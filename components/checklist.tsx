import { useId, useState } from 'react';
import type { ChecklistView, PhoneNumberView, Translate } from './content-types';
import { below, Heading, type HeadingLevel } from './heading';
import { NumberLinks } from './number-links';

export interface ChecklistProps {
  readonly checklist: ChecklistView;
  /** Sentence shown as soon as a sign is ticked ("Appelez le 15 maintenant."). */
  readonly whenTicked: string;
  /** Numbers repeated next to that sentence. */
  readonly urgentNumbers: readonly PhoneNumberView[];
  readonly t: Translate;
  readonly level?: HeadingLevel;
}

/**
 * Interactive checklist: ticking any sign immediately shows the action and the number. The ticks live
 * in React state only; nothing is stored.
 */
export function Checklist({ checklist, whenTicked, urgentNumbers, t, level = 3 }: ChecklistProps) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const baseId = useId();
  const sub = below(level);
  const toggle = (index: number) =>
    setTicked((previous) => {
      const next = new Set(previous);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  return (
    <section
      className="checklist"
      id={`checklist-${checklist.category}`}
      aria-labelledby={`${baseId}-title`}
      data-testid="checklist"
      data-category={checklist.category}
      tabIndex={-1}
    >
      <Heading level={level} id={`${baseId}-title`}>
        {checklist.title}
      </Heading>
      <fieldset>
        <legend>{t('checklistSigns')}</legend>
        <ul className="checklist__signs">
          {checklist.signs.map((sign, index) => (
            <li key={sign}>
              <label>
                <input type="checkbox" checked={ticked.has(index)} onChange={() => toggle(index)} /> {sign}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {/* A live region so screen readers hear the instruction the moment a box is ticked. */}
      <div role="alert" className="checklist__alert-region">
        {ticked.size > 0 ? (
          <div className="checklist__alert" data-testid="checklist-alert">
            <p>
              <strong>{whenTicked}</strong>
            </p>
            <NumberLinks numbers={urgentNumbers} large />
          </div>
        ) : null}
      </div>
      {checklist.doNow.length > 0 ? (
        <>
          <Heading level={sub}>{t('checklistDoNow')}</Heading>
          <ul>
            {checklist.doNow.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
      {checklist.dont.length > 0 ? (
        <>
          <Heading level={sub}>{t('checklistDont')}</Heading>
          <ul>
            {checklist.dont.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
      {checklist.numbers.length > 0 ? (
        <>
          <Heading level={sub}>{t('checklistNumbers')}</Heading>
          <NumberLinks numbers={checklist.numbers} />
        </>
      ) : null}
    </section>
  );
}
