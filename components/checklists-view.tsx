import { useEffect } from 'react';
import type { RedFlagCategory } from '../engine/types';
import { Checklist } from './checklist';
import type { PanelContent, Translate } from './content-types';
import { routeHash } from './routes';

export interface ChecklistsViewProps {
  readonly content: PanelContent;
  /** Checklist to jump to (#checklists/<category>, or the in-page "Voir la liste de vérification"). */
  readonly anchor?: string;
  readonly t: Translate;
}

/** Every red-flag checklist, with a table of contents. */
export function ChecklistsView({ content, anchor, t }: ChecklistsViewProps) {
  useEffect(() => {
    if (!anchor) return;
    const target = document.getElementById(`checklist-${anchor}`);
    target?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [anchor]);

  const cardFor = (category: RedFlagCategory) => content.emergencyCards.find((card) => card.category === category);
  return (
    <section className="checklists" aria-labelledby="checklists-title" data-testid="checklists">
      <h2 id="checklists-title">{t('navChecklists')}</h2>
      <p>{t('checklistsIntro')}</p>
      <nav aria-label={t('checklistsToc')}>
        <ul className="toc">
          {content.checklists.map((checklist) => (
            <li key={checklist.category}>
              <a href={routeHash({ view: 'checklists', anchor: checklist.category })}>{checklist.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {content.checklists.map((checklist) => (
        <Checklist
          key={checklist.category}
          checklist={checklist}
          whenTicked={cardFor(checklist.category)?.whenTicked ?? t('checklistDefaultAlert')}
          urgentNumbers={cardFor(checklist.category)?.numbers ?? checklist.numbers}
          t={t}
          level={3}
        />
      ))}
    </section>
  );
}
