/**
 * Editorial rules that a schema cannot express: sources, review dates, canonical form, phone links,
 * the HAS disclaimer, no diagnosis, no claim to be the official sheet, easy-to-read sentence length.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, SCHEMA_DIR, loadSchemas } from '../../../scripts/compile-content';
import { NUMBER_IDS } from '../../../core/content-inpage';
import { FILES, file, sentences, texts, wordCount } from './content-files';

interface NumberEntry {
  id: string;
  dial?: string;
  href?: string;
  centres?: { id: string; dial: string; href: string }[];
}
const NUMBER_ENTRIES = file('numbers/numbers.yaml').data.numbers as NumberEntry[];
const KNOWN_HREFS = new Set(
  NUMBER_ENTRIES.flatMap((entry) => [entry.href, ...(entry.centres ?? []).map((centre) => centre.href)]).filter(
    Boolean,
  ),
);

describe('every content file carries a reviewed header', () => {
  const today = new Date().toISOString().slice(0, 10);
  it.each(FILES.map((candidate) => [candidate.path, candidate] as const))('%s', (_, candidate) => {
    const { lastReviewed, sources } = candidate.data as { lastReviewed: string; sources: { url: string }[] };
    expect(lastReviewed <= today, 'lastReviewed is not in the future').toBe(true);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source.url).toMatch(/^https:\/\//);
  });
});

describe('canonical form (Dark Reader style: format(file) === file)', () => {
  it.each(FILES.map((candidate) => [candidate.path, candidate] as const))(
    'content/%s is prettier-formatted',
    async (path, candidate) => {
      const filepath = join(CONTENT_DIR, path);
      const config = (await resolveConfig(filepath)) ?? {};
      expect(await format(candidate.text, { ...config, filepath }), 'run npx prettier --write content').toBe(
        candidate.text,
      );
    },
    30_000,
  );

  it('schemas are prettier-formatted', async () => {
    for (const name of loadSchemas().keys()) {
      const filepath = join(SCHEMA_DIR, name);
      const text = readFileSync(filepath, 'utf8');
      expect(await format(text, { ...((await resolveConfig(filepath)) ?? {}), filepath })).toBe(text);
    }
  }, 30_000);
});

describe('numbers', () => {
  it('the schema enum of number ids is NUMBER_IDS', () => {
    const common = loadSchemas().get('common.schema.json') as { $defs: { numberId: { enum: string[] } } };
    expect(common.$defs.numberId.enum).toEqual([...NUMBER_IDS]);
  });

  it('a single number has a dial and a tel:/sms: href that match; a list has centres instead', () => {
    for (const entry of NUMBER_ENTRIES) {
      if (entry.centres) {
        expect(entry.href, entry.id).toBeUndefined();
        continue;
      }
      expect(entry.dial, entry.id).toBeDefined();
      expect(entry.href, entry.id).toBe(`${entry.id === '114' ? 'sms' : 'tel'}:${entry.dial!.replaceAll(' ', '')}`);
    }
  });

  it('only a list of centres has a per-centre label template, and {city} appears nowhere else', () => {
    for (const entry of NUMBER_ENTRIES as (NumberEntry & { texts: Record<string, Record<string, unknown>> })[]) {
      for (const [version, text] of Object.entries(entry.texts)) {
        expect(typeof text.centreAccessibleLabel === 'string', `${entry.id} ${version}`).toBe(Boolean(entry.centres));
        expect(String(text.accessibleLabel), `${entry.id} ${version}`).not.toContain('{city}');
      }
    }
  });

  it('114 is an SMS link (for people who cannot speak or hear)', () => {
    expect(NUMBER_ENTRIES.find((entry) => entry.id === '114')?.href).toBe('sms:114');
  });

  it('each centre antipoison href is its displayed number in international form', () => {
    const centres = NUMBER_ENTRIES.find((entry) => entry.id === 'antipoison')?.centres ?? [];
    expect(centres.length).toBeGreaterThanOrEqual(8);
    for (const centre of centres) expect(centre.href).toBe(`tel:+33${centre.dial.replaceAll(' ', '').slice(1)}`);
  });

  it('every tel: or sms: link anywhere in the content is a number listed in content/numbers/', () => {
    for (const candidate of FILES) {
      for (const { path, text } of texts(candidate.data)) {
        for (const href of text.match(/\b(?:tel|sms):\+?[0-9]+/g) ?? []) {
          expect(KNOWN_HREFS.has(href), `${candidate.path}${path}: ${href}`).toBe(true);
        }
      }
    }
  });

  it('a checklist, card or check lists every number its texts mention (so the panel shows a call button)', () => {
    const dialled =
      /(?<!\d|\d[,.])(116 117|3114|3919|3624|112|114|119|15|17|18)(?!\d|[,.]\d| ?°| ?%| semaines| minutes| ans)/g;
    for (const candidate of FILES.filter((entry) => /^(checklists|cards|checks)\//.test(entry.path))) {
      const listed = new Set(candidate.data.numbers as string[] | undefined);
      for (const { path, text } of texts(candidate.data.texts)) {
        for (const [, number] of text.matchAll(dialled)) {
          expect(listed.has(number!.replace(' ', '')), `${candidate.path}${path} mentions ${number}`).toBe(true);
        }
      }
    }
  });

  it('the text shown when a sign is ticked names a number or the poison centre', () => {
    for (const candidate of FILES.filter((entry) => entry.path.startsWith('checklists/'))) {
      for (const [version, block] of Object.entries(candidate.data.texts as Record<string, { ifTicked: string }>)) {
        expect(block.ifTicked, `${candidate.path} ${version}`).toMatch(/\b(15|112|114|17|18|3114)\b|antipoison|poison/);
      }
    }
  });

  it('each alert action names its first number', () => {
    for (const candidate of FILES.filter((entry) => entry.path.startsWith('checklists/'))) {
      const [first] = candidate.data.numbers as string[];
      for (const [version, block] of Object.entries(candidate.data.texts as Record<string, { action: string }>)) {
        const expected = first === 'antipoison' ? /antipoison|poison/i : new RegExp(`\\b${first}\\b`);
        expect(block.action, `${candidate.path} ${version}`).toMatch(expected);
      }
    }
  });
});

describe('the guidance sheet', () => {
  const sheet = file('guidance/sheet.yaml').data as {
    texts: Record<string, { disclaimer: string; officialLinks: { url: string }[]; sections: { id: string }[] }>;
  };

  it('says it is inspired by the HAS and does not replace the official publication (fr)', () => {
    expect(sheet.texts.fr!.disclaimer.toLowerCase()).toContain(
      'inspiré des recommandations de la has ; ne remplace pas la publication officielle',
    );
  });

  it('links to the official HAS pages in every version', () => {
    for (const [version, texts] of Object.entries(sheet.texts)) {
      expect(
        texts.officialLinks.some((link) => link.url.startsWith('https://www.has-sante.fr/')),
        version,
      ).toBe(true);
    }
  });

  it('has the sections of the issue, in order', () => {
    expect(sheet.texts.fr!.sections.map((section) => section.id)).toEqual([
      'what-ai-is',
      'before-asking',
      'reading-the-answer',
      'afterwards',
      'emergencies',
      'your-data',
      'for-carers',
    ]);
  });
});

describe('wording rules', () => {
  const all = FILES.flatMap((candidate) => texts(candidate.data).map((text) => ({ ...text, file: candidate.path })));

  it('no text claims to be the official sheet', () => {
    const claims = all.filter(({ text }) =>
      /fiche officielle|fiche (?:de la |)HAS\b|official (?:HAS )?(?:sheet|leaflet)|HAS(?:'s|’s)? (?:official )?sheet/i.test(
        text,
      ),
    );
    expect(claims).toEqual([]);
  });

  it('alerts describe signs, never a diagnosis', () => {
    const diagnoses = all.filter(
      ({ text, key }) =>
        ['situation', 'action', 'ifTicked', 'title'].includes(key) &&
        /\bvous (?:faites|avez|êtes en train de faire) (?:un|une)\b|\byou(?:'re| are) having\b|\byou have (?:a|an)\b/i.test(
          text,
        ),
    );
    expect(diagnoses).toEqual([]);
  });

  it('easy-to-read French: every sentence has at most 15 words', () => {
    const long = all
      .filter(({ version }) => version === 'fr-easy')
      .flatMap(({ file: path, path: at, text }) =>
        sentences(text)
          .filter((sentence) => wordCount(sentence) > 15)
          .map((sentence) => `${path}${at}: (${wordCount(sentence)} words) ${sentence}`),
      );
    expect(long).toEqual([]);
  });

  it('English texts use English quotation marks (“ ”), not French ones', () => {
    const french = all.filter(({ version, text }) => version === 'en' && /[«»]/.test(text));
    expect(french.map(({ file: path, path: at }) => `${path}${at}`)).toEqual([]);
  });

  it('French texts use the typographic apostrophe (’), like the UI strings', () => {
    const straight = all.filter(
      ({ version, text }) => (version === 'fr' || version === 'fr-easy') && /\p{L}'\p{L}/u.test(text),
    );
    expect(straight.map(({ file: path, path: at }) => `${path}${at}`)).toEqual([]);
  });
});

describe('sentence measuring helpers', () => {
  it('split sentences and count words as a reader would', () => {
    expect(sentences('Appelez le 15. Un médecin répond ! Vite ?')).toEqual([
      'Appelez le 15.',
      'Un médecin répond !',
      'Vite ?',
    ]);
    expect(wordCount('L’IA peut se tromper : vérifiez.')).toBe(5);
    expect(wordCount('Appelez le 116 117 maintenant')).toBe(5);
  });
});
