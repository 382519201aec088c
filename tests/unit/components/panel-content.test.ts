/**
 * The panel's view of the editorial content (entrypoints/sidepanel/panel-content.ts), for every version:
 * every emergency card gives an action and a number to call plus 114 by SMS, every number link has an
 * explicit label, and the doctor questions follow the detected topics and checks.
 */
import { describe, expect, it } from 'vitest';
import { loadPanelContent, suggestedQuestions } from '../../../entrypoints/sidepanel/panel-content';
import { ANSWER_CHECK_IDS, RED_FLAG_CATEGORIES, TOPIC_IDS } from '../../../engine/types';

describe.each(['fr', 'en', 'fr-easy'] as const)('panel content (%s)', (version) => {
  it('has an emergency card with an action, a tel: number and 114 by SMS for every red-flag category', async () => {
    const content = await loadPanelContent(version);
    expect(content.emergencyCards.map((card) => card.category)).toEqual([...RED_FLAG_CATEGORIES]);
    for (const card of content.emergencyCards) {
      expect(card.action.length, card.category).toBeGreaterThan(10);
      expect(card.whenTicked.length, card.category).toBeGreaterThan(5);
      const hrefs = card.numbers.flatMap((number) => [number.href, ...(number.centres ?? []).map((c) => c.href)]);
      expect(
        hrefs.some((href) => href.startsWith('tel:')),
        card.category,
      ).toBe(true);
      expect(
        hrefs.filter((href) => href === 'sms:114'),
        card.category,
      ).toHaveLength(1);
    }
  });

  it('labels every number link explicitly', async () => {
    const content = await loadPanelContent(version);
    const all = [...content.numbers, ...content.emergencyCards.flatMap((card) => card.numbers)];
    for (const number of all.flatMap((n) => [n, ...(n.centres ?? [])])) {
      expect(number.label.length, number.id).toBeGreaterThan(3);
      if (!number.centres?.length) expect(number.href, number.id).toMatch(/^(tel|sms):\+?\d+$/);
    }
  });

  it('covers every topic, answer check and checklist, and a sheet with linkable sections', async () => {
    const content = await loadPanelContent(version);
    expect(content.guidanceCards.map((card) => card.topic)).toEqual([...TOPIC_IDS]);
    expect(content.answerChecks.map((check) => check.id)).toEqual([...ANSWER_CHECK_IDS]);
    expect(content.checklists.every((list) => list.signs.length > 0)).toBe(true);
    expect(content.sheet.length).toBeGreaterThanOrEqual(7);
    expect(new Set(content.sheet.map((section) => section.id)).size).toBe(content.sheet.length);
    expect(content.sheetDisclaimer).toBeTruthy();
  });

  it('suggests doctor questions from topics then checks, without duplicates', async () => {
    const content = await loadPanelContent(version);
    const questions = suggestedQuestions(content, ['medication', 'medication'], ['verify_dosage']);
    expect(questions.length).toBeGreaterThan(0);
    expect(new Set(questions).size).toBe(questions.length);
    expect(questions.slice(0, content.doctorQuestions.topics.medication?.length)).toEqual(
      content.doctorQuestions.topics.medication,
    );
  });
});
