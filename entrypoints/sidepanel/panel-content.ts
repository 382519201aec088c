import type { PanelContent, PhoneNumberView } from '../../components/content-types';
import type { NumberLink } from '../../core/content';
import type { ContentVersion } from '../../core/settings';
import { ANSWER_CHECK_IDS, PII_KINDS, RED_FLAG_CATEGORIES, TOPIC_IDS, type TopicId } from '../../engine/types';

/** The editorial content's number link → the components' shape (centres become sub-links). */
export function toPhoneNumber(link: NumberLink, description?: string): PhoneNumberView {
  return {
    id: link.id,
    display: link.dial ?? '',
    href: link.href ?? '',
    label: link.accessibleLabel,
    shortLabel: link.label,
    description,
    centres: link.centres.map((centre) => ({
      id: centre.id,
      display: centre.dial,
      href: centre.href,
      label: centre.accessibleLabel,
      description: centre.city,
    })),
  };
}

// Started when the panel's script is evaluated, in parallel with reading the settings: the accessors chunk
// must not wait for anything. The version's text chunk follows once the settings say which version to show.
const contentModule = import('../../core/content');

/**
 * Starts fetching one version's text before the settings are read (the version shown last time, or the one the
 * browser language gives with default settings), so it loads while storage.local answers. A wrong guess costs
 * one unused chunk; loadPanelContent() still loads the version the settings name.
 */
export function prefetchContentVersion(version: ContentVersion): void {
  void contentModule.then((content) => content.loadContentVersion(version)).catch(() => undefined);
}

/**
 * Maps core/content.ts (compiled from the reviewed YAML) into what the panel renders, for one version.
 * Fetches only that version's text (a lazy chunk per version); a settings change calls it again with the other
 * version.
 */
export async function loadPanelContent(version: ContentVersion): Promise<PanelContent> {
  const content = await contentModule;
  await content.loadContentVersion(version);
  // Every emergency card offers 114 by SMS (deaf or hard-of-hearing people, or when speaking is unsafe).
  const sms114 = toPhoneNumber(content.numberLink('114', version));
  const sheet = content.guidanceSheet(version);
  const numbers = content.numbers(version);
  return {
    sheetTitle: sheet.title,
    sheetIntro: sheet.intro,
    sheetDisclaimer: sheet.disclaimer,
    sheetLinks: sheet.officialLinks,
    sheet: sheet.sections.map((section) => ({
      id: section.id,
      title: section.title,
      items: section.items,
      numbers: section.numbers.map((link) => toPhoneNumber(link)),
    })),
    checklists: RED_FLAG_CATEGORIES.map((category) => {
      const list = content.checklist(category, version);
      return {
        category,
        title: list.title,
        signs: list.signs,
        doNow: list.doNow,
        dont: list.doNot,
        numbers: list.numbers.map((link) => toPhoneNumber(link)),
      };
    }),
    emergencyCards: RED_FLAG_CATEGORIES.map((category) => {
      const card = content.emergencyCard(category, version);
      return {
        category,
        title: card.situation,
        action: card.action,
        whenTicked: card.ifTicked,
        numbers: [
          ...card.numbers.map((link) => toPhoneNumber(link)),
          ...(card.numbers.some((link) => link.id === '114') ? [] : [sms114]),
        ],
      };
    }),
    numbers: numbers.map((entry) => toPhoneNumber(entry, entry.whenToUse)),
    guidanceCards: TOPIC_IDS.map((topic) => {
      const card = content.topicCard(topic, version);
      return {
        topic,
        title: card.title,
        paragraphs: card.lines,
        numbers: card.numbers.map((link) => toPhoneNumber(link)),
        links: card.links,
      };
    }),
    answerChecks: ANSWER_CHECK_IDS.map((id) => {
      const text = content.checkText(id, version);
      return { id, title: text.title, why: text.why, whatToDo: text.whatToDo };
    }),
    doctorQuestions: {
      topics: Object.fromEntries(
        TOPIC_IDS.map((topic) => [topic, content.doctorQuestions({ topics: [topic] }, version)]),
      ),
      checks: Object.fromEntries(
        ANSWER_CHECK_IDS.map((check) => [check, content.doctorQuestions({ checks: [check] }, version)]),
      ),
    },
    piiLabels: Object.fromEntries(PII_KINDS.map((kind) => [kind, content.piiLabel(kind, version)])),
  };
}

/** Questions suggested by the conversation: per detected topic, then per answer check, no duplicates. */
export function suggestedQuestions(
  content: PanelContent,
  topics: readonly TopicId[],
  checks: readonly string[],
): readonly string[] {
  const fromTopics = topics.flatMap((topic) => content.doctorQuestions.topics[topic] ?? []);
  const fromChecks = checks.flatMap(
    (check) => content.doctorQuestions.checks[check as (typeof ANSWER_CHECK_IDS)[number]] ?? [],
  );
  return [...new Set([...fromTopics, ...fromChecks])];
}
