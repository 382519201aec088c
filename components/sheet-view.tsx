import { useEffect, useId, useState } from 'react';
import type { ExternalLinkView, SheetSectionView, Translate } from './content-types';
import { below, Heading, type HeadingLevel } from './heading';
import { NumberLinks } from './number-links';
import { routeHash } from './routes';

export interface SheetViewProps {
  readonly title: string;
  readonly intro?: string;
  /** Always shown: the sheet is inspired by the HAS recommendations, not the official publication. */
  readonly disclaimer?: string;
  readonly links?: readonly ExternalLinkView[];
  readonly sections: readonly SheetSectionView[];
  /** Section to scroll to (from the link #sheet/<id>). */
  readonly anchor?: string;
  readonly t: Translate;
  readonly level?: HeadingLevel;
  /** Hide the search box (e.g. when the sheet is shown as the fallback of the current-tab view). */
  readonly searchable?: boolean;
}

/** Lower-case, accents removed: "Fièvre" matches "fievre". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function filterSections(sections: readonly SheetSectionView[], query: string): readonly SheetSectionView[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return sections;
  return sections.filter((section) => {
    const haystack = foldForSearch([section.title, ...section.items].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** The guidance sheet: every section, searchable, each with a link of its own. */
export function SheetView({
  title,
  intro,
  disclaimer,
  links = [],
  sections,
  anchor,
  t,
  level = 2,
  searchable = true,
}: SheetViewProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = filterSections(sections, query);

  useEffect(() => {
    if (!anchor) return;
    const target = document.getElementById(`sheet-${anchor}`);
    target?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [anchor]);

  return (
    <section className="sheet" aria-labelledby={`${searchId}-title`} data-testid="sheet">
      <Heading level={level} id={`${searchId}-title`}>
        {title}
      </Heading>
      {intro ? <p>{intro}</p> : null}
      {disclaimer ? <p className="disclaimer">{disclaimer}</p> : null}
      {searchable ? (
        <div role="search" className="sheet__search">
          <label htmlFor={searchId}>{t('sheetSearchLabel')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
          <p role="status" className="sheet__count">
            {query.trim() ? t('sheetResults', String(shown.length)) : ''}
          </p>
        </div>
      ) : null}
      {shown.length === 0 ? <p>{t('sheetNoResult', query)}</p> : null}
      {shown.map((section) => (
        <section key={section.id} id={`sheet-${section.id}`} className="sheet__section" tabIndex={-1}>
          <Heading level={below(level)}>
            {section.title}{' '}
            <a
              className="section-link"
              href={routeHash({ view: 'sheet', anchor: section.id })}
              aria-label={t('sheetSectionLink', section.title)}
            >
              #
            </a>
          </Heading>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <NumberLinks numbers={section.numbers ?? []} />
        </section>
      ))}
      {links.length > 0 ? (
        <ul className="official-links">
          {links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
