import type { Translate } from './content-types';
import { routeHash, VIEW_IDS, type ViewId } from './routes';
import type { MessageKey } from '../core/i18n';

const LABELS: Record<ViewId, MessageKey> = {
  current: 'navCurrent',
  sheet: 'navSheet',
  checklists: 'navChecklists',
  numbers: 'navNumbers',
  verify: 'navVerify',
  questions: 'navQuestions',
};

export interface PanelNavProps {
  readonly view: ViewId;
  readonly t: Translate;
}

/** Plain links to hash routes: keyboard and screen readers get ordinary navigation. */
export function PanelNav({ view, t }: PanelNavProps) {
  return (
    <nav className="panel-nav no-print" aria-label={t('navLabel')}>
      <ul>
        {VIEW_IDS.map((id) => (
          <li key={id}>
            <a href={routeHash({ view: id })} aria-current={id === view ? 'page' : undefined} data-view={id}>
              {t(LABELS[id])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
