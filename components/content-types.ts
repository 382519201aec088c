/**
 * The shapes the side-panel components render. The side panel maps the editorial content
 * (core/content.ts) into these, so components stay props-in/JSX-out and testable with inline data.
 */
import type { AnswerCheckId, RedFlagCategory, TopicId } from '../engine/types';
import type { MessageKey } from '../core/i18n';

export type Translate = (key: MessageKey, ...args: string[]) => string;

/** A number to call or text, with its accessible label ("Appeler le 15, SAMU"). */
export interface PhoneNumberView {
  readonly id: string;
  /** As shown on the button: "15", "114". */
  readonly display: string;
  /** tel: or sms: href. */
  readonly href: string;
  /** Full accessible name of the link, e.g. "Appeler le 15 (SAMU)". */
  readonly label: string;
  /** One line: what the number is for. */
  readonly description?: string;
}

export interface EmergencyCardView {
  readonly category: RedFlagCategory;
  readonly title: string;
  /** The action, in one sentence. */
  readonly action: string;
  /** Primary numbers, first one is the main call to action. */
  readonly numbers: readonly PhoneNumberView[];
  /** Shown when a sign of the matching checklist is ticked ("Appelez le 15 maintenant."). */
  readonly whenTicked: string;
}

export interface ChecklistView {
  readonly category: RedFlagCategory;
  readonly title: string;
  readonly signs: readonly string[];
  readonly doNow: readonly string[];
  readonly dont: readonly string[];
  readonly numbers: readonly PhoneNumberView[];
}

export interface AnswerCheckView {
  readonly id: AnswerCheckId;
  readonly title: string;
  readonly why: string;
  readonly whatToDo: string;
}

export interface GuidanceCardView {
  readonly topic: TopicId;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly numbers: readonly PhoneNumberView[];
}

export interface SheetSectionView {
  /** Stable id, used in the link #sheet/<id>. */
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** Everything the panel needs, in one language version. */
export interface PanelContent {
  readonly sheetTitle: string;
  readonly sheet: readonly SheetSectionView[];
  readonly checklists: readonly ChecklistView[];
  readonly emergencyCards: readonly EmergencyCardView[];
  readonly numbers: readonly PhoneNumberView[];
  readonly guidanceCards: readonly GuidanceCardView[];
  readonly answerChecks: readonly AnswerCheckView[];
  /** Suggested questions for one's doctor, per topic and per answer check. */
  readonly doctorQuestions: {
    readonly topics: Partial<Record<TopicId, readonly string[]>>;
    readonly checks: Partial<Record<AnswerCheckId, readonly string[]>>;
  };
  /** Label of each personal-data kind ("adresse e-mail"). */
  readonly piiLabels: Readonly<Record<string, string>>;
}
