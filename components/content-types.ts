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
  /** Full accessible name of the link, e.g. "Appeler le 15, SAMU". */
  readonly label: string;
  /** Short visible name next to the digits ("SAMU"); the accessible label when absent. */
  readonly shortLabel?: string;
  /** One line: what the number is for. */
  readonly description?: string;
  /** Regional alternatives shown under the number (centres antipoison); href is then one of them. */
  readonly centres?: readonly PhoneNumberView[];
}

export interface ExternalLinkView {
  readonly label: string;
  readonly url: string;
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
  readonly links?: readonly ExternalLinkView[];
}

export interface SheetSectionView {
  /** Stable id, used in the link #sheet/<id>. */
  readonly id: string;
  readonly title: string;
  readonly items: readonly string[];
  readonly numbers?: readonly PhoneNumberView[];
}

/** Everything the panel needs, in one language version. */
export interface PanelContent {
  readonly sheetTitle: string;
  readonly sheetIntro?: string;
  /** "Inspiré des recommandations de la HAS ; ne remplace pas…": always shown with the sheet. */
  readonly sheetDisclaimer?: string;
  readonly sheetLinks?: readonly ExternalLinkView[];
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
