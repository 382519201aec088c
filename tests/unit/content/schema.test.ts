import { describe, expect, it } from 'vitest';
import { loadSchemas, validate, validateAll } from '../../../scripts/compile-content';
import { FILES } from './content-files';

describe('content files match their JSON schema', () => {
  it('finds the content files', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(35);
  });

  it.each(FILES.map((file) => [file.path, file] as const))('content/%s is valid', (_, file) => {
    expect(validate(file.data, `${file.schema}.schema.json`, loadSchemas())).toEqual([]);
  });

  it('reports every error at once', () => {
    expect(validateAll()).toEqual([]);
  });
});

describe('the schema validator catches mistakes (so a passing run means something)', () => {
  const schemas = loadSchemas();
  const good = structuredClone(FILES.find((file) => file.path === 'checks/verify-dosage.yaml')!.data);

  it('accepts a valid file', () => {
    expect(validate(good, 'check.schema.json', schemas)).toEqual([]);
  });

  it('rejects a missing header field', () => {
    const { lastReviewed: _, ...bad } = good;
    expect(validate(bad, 'check.schema.json', schemas)).toContain('(root): missing "lastReviewed"');
  });

  it('rejects an impossible date, an http source and an unknown field', () => {
    const bad = {
      ...good,
      lastReviewed: '2026-02-30',
      sources: [{ title: 'x source', url: 'http://example.org' }],
      extra: 1,
    };
    const errors = validate(bad, 'check.schema.json', schemas);
    expect(errors).toContain('lastReviewed: not an ISO date (YYYY-MM-DD)');
    expect(errors.some((error) => error.startsWith('sources[0].url:'))).toBe(true);
    expect(errors).toContain('(root): unknown field "extra"');
  });

  it('rejects an empty text and an unknown number id', () => {
    const bad = {
      ...good,
      numbers: ['999'],
      texts: { ...(good.texts as object), fr: { title: ' ', why: 'x', whatToDo: 'yy' } },
    };
    const errors = validate(bad, 'check.schema.json', schemas);
    expect(errors.some((error) => error.startsWith('numbers[0]:'))).toBe(true);
    expect(errors).toContain('texts.fr.title: text is empty or too short');
  });

  it('rejects a block without its English or easy-to-read version', () => {
    const { en: _, ...texts } = good.texts as Record<string, unknown>;
    expect(validate({ ...good, texts }, 'check.schema.json', schemas)).toContain('texts: missing "en"');
  });
});
