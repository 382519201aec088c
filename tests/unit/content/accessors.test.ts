import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../../../scripts/compile-content';
import { ANSWER_CHECK_IDS, PII_KINDS, RED_FLAG_CATEGORIES, TOPIC_IDS } from '../../../engine/types';
import {
  CONTENT_VERSIONS,
  NUMBER_IDS,
  checkText,
  checklist,
  doctorQuestions,
  emergencyCard,
  emergencyNumber,
  guidanceSheet,
  inPageAlert,
  isContentVersionLoaded,
  loadContentVersion,
  missedEmergencyText,
  numberLink,
  numbers,
  piiLabel,
  piiPlaceholder,
  privacyReminder,
  topicCard,
} from '../../../core/content';

// Each version's panel text is a lazy chunk: load them all once, as the side panel does for the one in use.
beforeAll(async () => {
  await Promise.all(CONTENT_VERSIONS.map((version) => loadContentVersion(version)));
});

describe.each(CONTENT_VERSIONS)('accessors (%s)', (version) => {
  it('emergency card: situation, action and numbers for every category', () => {
    for (const category of RED_FLAG_CATEGORIES) {
      const card = emergencyCard(category, version);
      expect(card.situation.length).toBeGreaterThan(5);
      expect(card.action.length).toBeGreaterThan(5);
      expect(card.numbers.length).toBeGreaterThan(0);
      expect(card).toEqual(expect.objectContaining(inPageAlert(category, version)));
    }
  });

  it('checklists have signs, actions and sources', () => {
    for (const category of RED_FLAG_CATEGORIES) {
      const list = checklist(category, version);
      expect(list.category).toBe(category);
      expect(list.signs.length).toBeGreaterThanOrEqual(3);
      expect(list.doNow.length).toBeGreaterThan(0);
      expect(list.doNot.length).toBeGreaterThan(0);
      expect(list.sources.length).toBeGreaterThan(0);
      expect(list.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('cardiac sends to the 15 first, with a tel: link and an accessible label', () => {
    const [first] = emergencyCard('cardiac', version).numbers;
    expect(first).toEqual(expect.objectContaining({ id: '15', dial: '15', href: 'tel:15' }));
    expect(first?.accessibleLabel).toContain('15');
  });

  it('numbers: every id in display order; 114 is an SMS link; antipoison lists its centres', () => {
    const all = numbers(version);
    expect(all.map((entry) => entry.id)).toEqual([...NUMBER_IDS]);
    expect(emergencyNumber('114', version).href).toBe('sms:114');
    const antipoison = numberLink('antipoison', version);
    expect(antipoison.href).toBeNull();
    expect(antipoison.centres.length).toBeGreaterThanOrEqual(8);
    expect(antipoison.centres.every((centre) => centre.accessibleLabel.includes(centre.city))).toBe(true);
    expect(antipoison.accessibleLabel).not.toContain('{city}');
  });

  it('topic cards: 2 to 4 lines for every topic', () => {
    for (const topic of TOPIC_IDS) {
      const card = topicCard(topic, version);
      expect(card.lines.length).toBeGreaterThanOrEqual(2);
      expect(card.lines.length).toBeLessThanOrEqual(4);
    }
    expect(topicCard('mental_health', version).numbers.map((number) => number.id)).toContain('3114');
  });

  it('answer checks: title, why, what to do', () => {
    for (const check of ANSWER_CHECK_IDS) {
      const text = checkText(check, version);
      expect([text.title, text.why, text.whatToDo].every((line) => line.length > 5)).toBe(true);
    }
    expect(missedEmergencyText(version).numbers[0]?.id).toBe('15');
  });

  it('questions for the doctor: topics then checks, no duplicates', () => {
    const questions = doctorQuestions({ topics: ['medication', 'medication'], checks: ['verify_dosage'] }, version);
    const medication = doctorQuestions({ topics: ['medication'] }, version);
    expect(questions.slice(0, medication.length)).toEqual(medication);
    expect(questions.length).toBeGreaterThan(medication.length);
    expect(new Set(questions).size).toBe(questions.length);
    expect(doctorQuestions({}, version)).toEqual([]);
  });

  it('privacy: a label and a bracketed placeholder for every kind', () => {
    for (const kind of PII_KINDS) {
      expect(piiLabel(kind, version).length).toBeGreaterThan(2);
      expect(piiPlaceholder(kind, version)).toMatch(/^\[.+\]$/);
    }
    expect(privacyReminder(version).maskAction.length).toBeGreaterThan(2);
  });

  it('the sheet has the disclaimer, HAS links and emergency numbers', () => {
    const sheet = guidanceSheet(version);
    expect(sheet.disclaimer).toMatch(/HAS/);
    expect(sheet.officialLinks.some((link) => link.url.startsWith('https://www.has-sante.fr/'))).toBe(true);
    const emergencies = sheet.sections.find((section) => section.id === 'emergencies');
    expect(emergencies?.numbers.map((number) => number.id)).toEqual(['15', '112', '114', '3114', 'antipoison']);
  });

  it('returns the same object for the same arguments (stable React props)', () => {
    expect(checklist('stroke', version)).toBe(checklist('stroke', version));
    expect(numbers(version)).toBe(numbers(version));
  });
});

describe('French texts', () => {
  it('match the wording asked for', () => {
    expect(emergencyCard('cardiac', 'fr').action).toBe('Appelez le 15 maintenant (ou le 112).');
    expect(piiLabel('nir', 'fr')).toBe('numéro de sécurité sociale');
    expect(piiPlaceholder('nir', 'fr')).toBe('[N° SÉCU]');
    expect(piiPlaceholder('person_name', 'fr')).toBe('[NOM]');
    expect(numberLink('15', 'fr').accessibleLabel).toBe('Appeler le 15, SAMU');
  });
});

describe('loading one version at a time', () => {
  // A fresh copy of the module, so no version is loaded yet.
  const freshContent = async () => {
    vi.resetModules();
    return import('../../../core/content');
  };

  it('loads only the version asked for; accessors of another version throw until it is loaded', async () => {
    const content = await freshContent();
    expect(content.isContentVersionLoaded('en')).toBe(false);
    expect(() => content.guidanceSheet('en')).toThrow(/loadContentVersion\('en'\)/);
    await content.loadContentVersion('en');
    expect(content.isContentVersionLoaded('en')).toBe(true);
    expect(content.isContentVersionLoaded('fr')).toBe(false);
    expect(content.isContentVersionLoaded('fr-easy')).toBe(false);
    expect(content.emergencyCard('cardiac', 'en').action).toMatch(/15/);
    expect(() => content.checklist('cardiac', 'fr')).toThrow(/not loaded/);
    // The in-page part (alerts, numbers, privacy) is bundled for every version and needs no loading.
    expect(content.numberLink('15', 'fr').accessibleLabel).toBe('Appeler le 15, SAMU');
  });

  it('reuses a load in progress and gives each version its own text', async () => {
    const content = await freshContent();
    const first = content.loadContentVersion('fr');
    expect(content.loadContentVersion('fr')).toBe(first);
    await Promise.all([first, content.loadContentVersion('fr-easy')]);
    expect(content.guidanceSheet('fr').intro).not.toBe(content.guidanceSheet('fr-easy').intro);
  });

  it('the loaded module is the one the other tests use (every version loaded)', () => {
    expect(CONTENT_VERSIONS.every((version) => isContentVersionLoaded(version))).toBe(true);
  });
});

describe('bundle split', () => {
  it('the content-script module imports only the small in-page JSON', () => {
    const source = readFileSync(join(ROOT, 'core/content-inpage.ts'), 'utf8');
    // Type-only imports are erased from the bundle; only runtime imports count.
    const imports = [...source.matchAll(/^import (?!type ).* from '([^']+)';$/gm)].map((match) => match[1]);
    expect(imports).toEqual(['../content/generated/inpage.json']);
  });

  it('the side-panel module imports the text of each version lazily, never all versions statically', () => {
    const source = readFileSync(join(ROOT, 'core/content.ts'), 'utf8');
    const staticImports = [...source.matchAll(/^import (?!type ).* from '([^']+)';$/gm)].map((match) => match[1]);
    expect(staticImports.filter((path) => path?.includes('generated'))).toEqual([]);
    const lazy = [...source.matchAll(/import\('([^']+)'\)/g)].map((match) => match[1]);
    expect(lazy).toEqual(CONTENT_VERSIONS.map((version) => `../content/generated/panel.${version}.json`));
  });
});
