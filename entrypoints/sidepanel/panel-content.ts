import type { PanelContent } from '../../components/content-types';
import type { ContentVersion } from '../../core/settings';
import type { AnswerCheckId, TopicId } from '../../engine/types';

/** TEMPORARY until core/content.ts lands: empty content so the shell builds. */
export async function loadPanelContent(version: ContentVersion): Promise<PanelContent> {
  return {
    sheetTitle: version === 'en' ? 'Guidance sheet' : 'Fiche repères',
    sheet: [],
    checklists: [],
    emergencyCards: [],
    numbers: [],
    guidanceCards: [],
    answerChecks: [],
    doctorQuestions: { topics: {}, checks: {} },
    piiLabels: {},
  };
}

/** Questions suggested by the conversation: per detected topic, then per answer check, no duplicates. */
export function suggestedQuestions(
  content: PanelContent,
  topics: readonly TopicId[],
  checks: readonly string[],
): readonly string[] {
  const fromTopics = topics.flatMap((topic) => content.doctorQuestions.topics[topic] ?? []);
  const fromChecks = checks.flatMap((check) => content.doctorQuestions.checks[check as AnswerCheckId] ?? []);
  return [...new Set([...fromTopics, ...fromChecks])];
}
