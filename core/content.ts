/**
 * Typed accessors for the editorial content shown by the side panel: the guidance sheet, red-flag
 * checklists and emergency cards, numbers, topic cards, answer-check texts, questions for the doctor,
 * privacy labels.
 *
 * Data: content/generated/panel.<version>.json and inpage.json, compiled from the reviewed YAML in content/ by
 * scripts/compile-content.ts (never parsed at run time). Every accessor takes a ContentVersion
 * ('fr' | 'en' | 'fr-easy'); contentVersionFor() in core/settings.ts picks it from the settings.
 *
 * Each version's panel text is its own lazily imported chunk, so the side panel fetches only the version in
 * use (its JavaScript budget counts it): `await loadContentVersion(version)` first, then the accessors are
 * synchronous. An accessor called for a version that is not loaded throws (a bug, not a missing translation).
 *
 * The content script should import core/content-inpage.ts instead, to keep its bundle small.
 */
import type { AnswerCheckId, RedFlagCategory, TopicId } from '../engine/types';
import { cachedContent, numberLinks, type ContentVersion, type NumberId, type NumberLink } from './content-inpage';

export * from './content-inpage';

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface Link {
  readonly label: string;
  readonly url: string;
}

/** Header every content file carries. */
export interface ContentMeta {
  readonly id: string;
  readonly version: number;
  /** ISO date (YYYY-MM-DD) of the last editorial review. */
  readonly lastReviewed: string;
  readonly sources: readonly Source[];
}

export const GUIDANCE_SECTION_IDS = [
  'what-ai-is',
  'before-asking',
  'reading-the-answer',
  'afterwards',
  'emergencies',
  'your-data',
  'for-carers',
] as const;
export type GuidanceSectionId = (typeof GUIDANCE_SECTION_IDS)[number];

export interface GuidanceSection {
  readonly id: GuidanceSectionId;
  readonly title: string;
  readonly items: readonly string[];
  /** Numbers to show as call buttons under the section (the emergencies section). */
  readonly numbers: readonly NumberLink[];
}

export interface GuidanceSheet extends ContentMeta {
  readonly title: string;
  readonly intro: string;
  /** "Inspiré des recommandations de la HAS ; ne remplace pas la publication officielle…" — always show it. */
  readonly disclaimer: string;
  /** Links to the official HAS pages. */
  readonly officialLinks: readonly Link[];
  readonly sections: readonly GuidanceSection[];
}

/** How strong the sources are (shared/reference/emergency-fr.md §3); 'weak' must be confirmed before release. */
export type SourceStrength = 'good' | 'medium' | 'weak';

export interface Checklist extends ContentMeta {
  readonly category: RedFlagCategory;
  readonly title: string;
  readonly situation: string;
  readonly action: string;
  readonly ifTicked: string;
  readonly intro: string;
  /** Signs in lay words: the user can tick them. */
  readonly signs: readonly string[];
  readonly doNow: readonly string[];
  readonly doNot: readonly string[];
  readonly numbers: readonly NumberLink[];
  readonly sourceStrength: SourceStrength;
}

/** The emergency card at the top of the side panel. */
export interface EmergencyCard {
  readonly category: RedFlagCategory;
  /** Checklist title, e.g. "Douleur dans la poitrine, malaise cardiaque". */
  readonly title: string;
  readonly situation: string;
  readonly action: string;
  readonly ifTicked: string;
  readonly numbers: readonly NumberLink[];
}

export interface EmergencyNumber extends NumberLink {
  /** Full name ("SAMU, aide médicale urgente"). */
  readonly name: string;
  readonly whenToUse: string;
  readonly notes: readonly string[];
  readonly sources: readonly Source[];
}

export interface TopicCard extends ContentMeta {
  readonly topic: TopicId;
  readonly title: string;
  /** 2 to 4 short lines. */
  readonly lines: readonly string[];
  readonly numbers: readonly NumberLink[];
  /** "En savoir plus" links to official sites. */
  readonly links: readonly Link[];
}

export interface CheckText extends ContentMeta {
  readonly check: AnswerCheckId;
  readonly title: string;
  /** One line: why this point matters. */
  readonly why: string;
  /** One line: what to do. */
  readonly whatToDo: string;
  readonly numbers: readonly NumberLink[];
}

interface RawMeta {
  readonly id: string;
  readonly version: number;
  readonly lastReviewed: string;
  readonly sources: Source[];
}

interface PanelData {
  readonly sheet: RawMeta & {
    readonly title: string;
    readonly intro: string;
    readonly disclaimer: string;
    readonly officialLinks: Link[];
    readonly sections: {
      readonly id: string;
      readonly title: string;
      readonly items: string[];
      readonly numbers?: string[];
    }[];
  };
  readonly checklists: Record<
    RedFlagCategory,
    RawMeta & {
      readonly numbers: string[];
      readonly sourceStrength: string;
      readonly title: string;
      readonly situation: string;
      readonly action: string;
      readonly ifTicked: string;
      readonly intro: string;
      readonly signs: string[];
      readonly doNow: string[];
      readonly doNot: string[];
    }
  >;
  readonly numbers: RawMeta & {
    readonly entries: {
      readonly id: string;
      readonly name: string;
      readonly whenToUse: string;
      readonly notes: string[];
      readonly sources: Source[];
    }[];
  };
  readonly cards: Record<
    TopicId,
    RawMeta & { readonly numbers: string[]; readonly links: Link[]; readonly title: string; readonly lines: string[] }
  >;
  readonly checks: Record<
    AnswerCheckId,
    RawMeta & { readonly numbers: string[]; readonly title: string; readonly why: string; readonly whatToDo: string }
  >;
  readonly questions: {
    readonly topics: RawMeta & { readonly items: Record<TopicId, string[]> };
    readonly checks: RawMeta & { readonly items: Record<AnswerCheckId, string[]> };
  };
}

// Literal relative import() calls, one per version: Vite emits each JSON as a local chunk, and the static
// network scan (scripts/no-network-scan.ts) accepts only relative import() targets. The return type is a typed
// assignment, not a cast: TypeScript checks that each compiled JSON has every topic, category and check.
const LOADERS: Record<ContentVersion, () => Promise<{ readonly default: PanelData }>> = {
  fr: () => import('../content/generated/panel.fr.json'),
  en: () => import('../content/generated/panel.en.json'),
  'fr-easy': () => import('../content/generated/panel.fr-easy.json'),
};

const loaded = new Map<ContentVersion, PanelData>();
const loading = new Map<ContentVersion, Promise<void>>();

/**
 * Loads one version's panel content; resolves once its accessors can be called. Calling it again (or while it
 * is loading) reuses the same load. Versions already loaded stay in memory: switching back is instant.
 */
export function loadContentVersion(version: ContentVersion): Promise<void> {
  let pending = loading.get(version);
  if (!pending) {
    pending = LOADERS[version]().then(
      (module) => {
        loaded.set(version, module.default);
      },
      (error: unknown) => {
        // Let a later call retry instead of caching the failure.
        loading.delete(version);
        throw error;
      },
    );
    loading.set(version, pending);
  }
  return pending;
}

/** Whether loadContentVersion(version) has resolved. */
export function isContentVersionLoaded(version: ContentVersion): boolean {
  return loaded.has(version);
}

function data(version: ContentVersion): PanelData {
  const found = loaded.get(version);
  if (!found)
    throw new Error(`Content version "${version}" is not loaded: await loadContentVersion('${version}') first`);
  return found;
}

const metaOf = ({ id, version, lastReviewed, sources }: RawMeta): ContentMeta => ({
  id,
  version,
  lastReviewed,
  sources,
});

/** The guidance sheet ("Bien utiliser une IA générative pour une question de santé"). */
export function guidanceSheet(version: ContentVersion): GuidanceSheet {
  return cachedContent(`sheet:${version}`, () => {
    const sheet = data(version).sheet;
    return {
      ...metaOf(sheet),
      title: sheet.title,
      intro: sheet.intro,
      disclaimer: sheet.disclaimer,
      officialLinks: sheet.officialLinks,
      sections: sheet.sections.map((section) => ({
        id: section.id as GuidanceSectionId,
        title: section.title,
        items: section.items,
        numbers: numberLinks(section.numbers ?? [], version),
      })),
    };
  });
}

/** The red-flag checklist for an engine category (signs, what to do now, what not to do, numbers). */
export function checklist(category: RedFlagCategory, version: ContentVersion): Checklist {
  return cachedContent(`checklist:${version}:${category}`, () => {
    const {
      numbers,
      sourceStrength,
      id,
      version: fileVersion,
      lastReviewed,
      sources,
      ...texts
    } = data(version).checklists[category];
    return {
      ...metaOf({ id, version: fileVersion, lastReviewed, sources }),
      ...texts,
      category,
      numbers: numberLinks(numbers, version),
      sourceStrength: sourceStrength as SourceStrength,
    };
  });
}

/** The emergency card for a category: situation, one-sentence action, numbers. */
export function emergencyCard(category: RedFlagCategory, version: ContentVersion): EmergencyCard {
  return cachedContent(`card:${version}:${category}`, () => {
    const list = checklist(category, version);
    return {
      category,
      title: list.title,
      situation: list.situation,
      action: list.action,
      ifTicked: list.ifTicked,
      numbers: list.numbers,
    };
  });
}

/** Every emergency and help number, in display order (15, 112, 114, 17, 18, 3114, antipoison, 119…). */
export function numbers(version: ContentVersion): readonly EmergencyNumber[] {
  return cachedContent(`numbers:${version}`, () =>
    data(version).numbers.entries.map((entry) => ({
      ...numberLinks([entry.id], version)[0]!,
      name: entry.name,
      whenToUse: entry.whenToUse,
      notes: entry.notes,
      sources: entry.sources,
    })),
  );
}

/** Review header of the numbers file (for "Sources, revu le …"). */
export function numbersMeta(version: ContentVersion): ContentMeta {
  return metaOf(data(version).numbers);
}

export function emergencyNumber(id: NumberId, version: ContentVersion): EmergencyNumber {
  const found = numbers(version).find((entry) => entry.id === id);
  if (!found) throw new Error(`Unknown number id ${id}`);
  return found;
}

/** The guidance card for a topic found in the conversation. */
export function topicCard(topic: TopicId, version: ContentVersion): TopicCard {
  return cachedContent(`topic:${version}:${topic}`, () => {
    const card = data(version).cards[topic];
    return {
      ...metaOf(card),
      topic,
      title: card.title,
      lines: card.lines,
      numbers: numberLinks(card.numbers, version),
      links: card.links,
    };
  });
}

/** "Points à vérifier": title, why, what to do, for an answer check. */
export function checkText(check: AnswerCheckId, version: ContentVersion): CheckText {
  return cachedContent(`check:${version}:${check}`, () => {
    const text = data(version).checks[check];
    return {
      ...metaOf(text),
      check,
      title: text.title,
      why: text.why,
      whatToDo: text.whatToDo,
      numbers: numberLinks(text.numbers, version),
    };
  });
}

/**
 * Suggested questions for the doctor: those of each topic, then of each answer check, in the order given,
 * without duplicates. Example: `doctorQuestions({ topics: ['medication'], checks: ['verify_dosage'] }, 'fr')`.
 */
export function doctorQuestions(
  found: { readonly topics?: readonly TopicId[]; readonly checks?: readonly AnswerCheckId[] },
  version: ContentVersion,
): readonly string[] {
  const { topics, checks } = data(version).questions;
  const questions = [
    ...[...new Set(found.topics ?? [])].flatMap((topic) => topics.items[topic]),
    ...[...new Set(found.checks ?? [])].flatMap((check) => checks.items[check]),
  ];
  return [...new Set(questions)];
}

/** Review headers of the two questions files (for "Sources, revu le …"). */
export function doctorQuestionsMeta(version: ContentVersion): readonly ContentMeta[] {
  const { topics, checks } = data(version).questions;
  return [metaOf(topics), metaOf(checks)];
}
