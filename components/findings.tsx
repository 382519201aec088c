import type { ReactNode } from 'react';
import type { RedFlagCategory, TopicId } from '../engine/types';
import { AnswerChecks } from './answer-checks';
import { Checklist } from './checklist';
import type { PanelContent, Translate } from './content-types';
import { EmergencyCard } from './emergency-card';
import { GuidanceCards } from './guidance-cards';
import type { HeadingLevel } from './heading';
import { PrivacyReminder } from './privacy-reminder';

export interface FindingsData {
  readonly redFlags: readonly { readonly category: RedFlagCategory; readonly evidence?: string }[];
  /** Answer-check ids (TabState keeps them as strings; unknown ids are ignored). */
  readonly checks: readonly string[];
  readonly topics: readonly TopicId[];
  readonly piiCounts?: Readonly<Partial<Record<string, number>>>;
}

export interface FindingsProps {
  readonly findings: FindingsData;
  readonly content: PanelContent;
  readonly t: Translate;
  readonly level?: HeadingLevel;
  /** Shown right after the emergency cards and their checklists (notices about the reading). */
  readonly afterEmergency?: ReactNode;
}

/** True when there is anything to show for these findings. */
export function hasFindings(findings: FindingsData): boolean {
  return (
    findings.redFlags.length > 0 ||
    findings.checks.length > 0 ||
    findings.topics.length > 0 ||
    Object.values(findings.piiCounts ?? {}).some((count) => (count ?? 0) > 0)
  );
}

/**
 * The order matters and is the issue's: emergency card first (with its checklist), then the points to
 * check in the latest answer, then guidance for the detected topics, then the privacy reminder.
 */
export function Findings({ findings, content, t, level = 3, afterEmergency }: FindingsProps) {
  const categories = [...new Set(findings.redFlags.map((flag) => flag.category))];
  const checks = findings.checks.flatMap((id) => content.answerChecks.filter((check) => check.id === id));
  const cards = [...new Set(findings.topics)].flatMap((topic) =>
    content.guidanceCards.filter((card) => card.topic === topic),
  );
  return (
    <>
      {categories.map((category) => {
        const card = content.emergencyCards.find((candidate) => candidate.category === category);
        const checklist = content.checklists.find((candidate) => candidate.category === category);
        const evidence = findings.redFlags.find((flag) => flag.category === category)?.evidence;
        return (
          <div key={category} className="red-flag">
            {card ? <EmergencyCard card={card} evidence={evidence} t={t} level={level} /> : null}
            {checklist ? (
              <Checklist
                checklist={checklist}
                whenTicked={card?.whenTicked ?? t('checklistDefaultAlert')}
                urgentNumbers={card?.numbers ?? checklist.numbers}
                t={t}
                level={level}
              />
            ) : null}
          </div>
        );
      })}
      {afterEmergency}
      <AnswerChecks checks={checks} t={t} level={level} />
      <GuidanceCards cards={cards} t={t} level={level} />
      {findings.piiCounts ? (
        <PrivacyReminder counts={findings.piiCounts} labels={content.piiLabels} t={t} level={level} />
      ) : null}
    </>
  );
}
