/**
 * Property-based: random mutations of a valid profile never make the validator throw; the answer is
 * always either a valid profile (that validates again, unchanged) or a non-empty list of clear
 * errors; and the JSON schema file agrees on which fields are wrong.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfileText, validateProfile } from '../../../core/organisation/validate';
import { schemaPaths, validatorPaths } from './schema-helpers';

const BASE = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../examples/association-regionale.json'), 'utf8'),
) as Record<string, unknown>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values a careless edit could leave: other JSON types, near-miss strings, big and empty values. */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('', ' ', 'http://example.org', 'https://example.org/x', '01 99 00 12 34', '+33', 'fr', 'xx'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom<Json>([], {}, ['chatgpt', 'chatgpt'], ['inPageAlert'], true, 0),
);

/** One edit somewhere in the tree: replace a value, delete a key, or add an unknown key. */
function mutate(value: Json, pathChoice: number[], edit: { kind: number; key: string; value: Json }): Json {
  if (pathChoice.length === 0 || typeof value !== 'object' || value === null) {
    if (edit.kind === 0 || typeof value !== 'object' || value === null) return edit.value;
    if (Array.isArray(value)) return edit.kind === 1 ? value.slice(1) : [...value, edit.value];
    const keys = Object.keys(value);
    if (edit.kind === 1 && keys.length > 0) {
      const { [keys[0]!]: _removed, ...rest } = value;
      return rest;
    }
    return { ...value, [edit.key]: edit.value };
  }
  const [first, ...rest] = pathChoice;
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const index = first! % value.length;
    return value.map((item, i) => (i === index ? mutate(item, rest, edit) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const key = keys[first! % keys.length]!;
  return { ...value, [key]: mutate(value[key]!, rest, edit) };
}

const mutation = fc.record({
  path: fc.array(fc.nat(20), { maxLength: 4 }),
  edit: fc.record({ kind: fc.nat(2), key: fc.string({ maxLength: 12 }), value: replacement }),
});

function assertClearResult(result: ReturnType<typeof validateProfile>) {
  if (result.ok) {
    expect(validateProfile(result.profile)).toEqual(result);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path).toBe('string');
      expect(error.message.length).toBeGreaterThan(5);
      expect(error.message).not.toMatch(/undefined|\[object/);
    }
  }
}

describe('mutated profiles', () => {
  it('never throw, and always give a valid profile or clear errors', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const value = mutations.reduce<Json>((current, m) => mutate(current, m.path, m.edit), BASE as Json);
        assertClearResult(validateProfile(value));
        assertClearResult(validateProfile(value, 'en'));
      }),
      { numRuns: 600 },
    );
  });

  it('are judged the same by the JSON schema file and the validator', () => {
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(mutation, (m) => {
        const value = mutate(BASE as Json, m.path, m.edit);
        const paths = validatorPaths(value);
        expect(schemaPaths(value)).toEqual(paths);
        verdicts[paths.length === 0 ? 'valid' : 'invalid'] += 1;
      }),
      { numRuns: 600 },
    );
    // The generator must exercise both sides, or agreement would be trivial.
    expect(verdicts.valid).toBeGreaterThan(20);
    expect(verdicts.invalid).toBeGreaterThan(20);
  });

  it('never throw on arbitrary text either', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        assertClearResult(parseProfileText(text));
      }),
      { numRuns: 300 },
    );
  });
});
