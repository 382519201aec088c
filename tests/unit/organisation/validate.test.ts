/**
 * The validator: both examples pass; every class of bad input is refused with its field path; the
 * result is all or nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_BYTES } from '../../../core/organisation/types';
import { parseProfileText, validateProfile } from '../../../core/organisation/validate';

const EXAMPLES_DIR = path.resolve(__dirname, '../../../examples');
const exampleFiles = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.json'));

function readExample(file: string): string {
  return readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
}

const minimal = { name: 'Association test' };

/** The paths reported for a value, sorted (order of discovery is not part of the contract). */
function errorPaths(value: unknown): string[] {
  const result = validateProfile(value);
  if (result.ok) throw new Error(`expected a refusal for ${JSON.stringify(value)}`);
  return result.errors.map((error) => error.path).sort();
}

describe('examples', () => {
  it('ships the two example profiles', () => {
    expect(exampleFiles.sort()).toEqual(['association-regionale.json', 'ligne-nationale.json']);
  });

  it.each(exampleFiles)('%s is valid and comes back unchanged', (file) => {
    const text = readExample(file);
    const result = parseProfileText(text);
    expect(result).toEqual({ ok: true, profile: JSON.parse(text) });
  });
});

describe('valid profiles', () => {
  it('accepts a profile with only a name', () => {
    expect(validateProfile(minimal)).toEqual({ ok: true, profile: minimal });
  });

  it.each([
    '01 99 00 12 34',
    '0199001234',
    '01.99.00.12.34',
    '01-99-00-12-34',
    '0 800 23 13 13',
    '+33 1 99 00 12 34',
    '+33199001234',
    '+1 202 555 0143',
    '15',
    '112',
    '3114',
    '116 117',
    '116006',
  ])('accepts the phone number %s', (phone) => {
    expect(validateProfile({ ...minimal, contacts: [{ label: 'Ligne', phone }] }).ok).toBe(true);
  });

  it('ignores a UTF-8 byte-order mark at the start of a file', () => {
    expect(parseProfileText(`\uFEFF${JSON.stringify(minimal)}`).ok).toBe(true);
  });
});

describe('bad input', () => {
  it('refuses text that is not JSON, with a message about the whole file', () => {
    const result = parseProfileText('{ "name": "Asso", }');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('');
    expect(result.errors[0]?.message).toMatch(/^ce fichier n’est pas du JSON valide/);
  });

  it('refuses files over 64 KB before parsing them', () => {
    const big = JSON.stringify({ ...minimal, description: 'x'.repeat(MAX_PROFILE_BYTES) });
    const result = parseProfileText(big);
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/64 Ko au plus/) }] });
  });

  it('counts bytes, not characters (accented text weighs more)', () => {
    const text = JSON.stringify({ name: 'é'.repeat(MAX_PROFILE_BYTES / 2) });
    expect(text.length).toBeLessThan(MAX_PROFILE_BYTES);
    expect(parseProfileText(text)).toMatchObject({ ok: false, errors: [{ path: '' }] });
  });

  it.each([
    ['a list', []],
    ['null', null],
    ['a string', 'Asso'],
    ['a number', 3],
  ])('refuses a profile that is %s', (_, value) => {
    expect(errorPaths(value)).toEqual(['']);
  });

  it('reports a missing name', () => {
    expect(errorPaths({ description: 'Sans nom' })).toEqual(['name']);
  });

  it('reports wrong types with their paths', () => {
    const paths = errorPaths({
      name: 42,
      contacts: { label: 'x' },
      resources: [{ title: 'Site', url: 'https://example.org' }, 'https://example.org'],
      easyToRead: 'oui',
      enabledSites: 'chatgpt',
    });
    expect(paths).toEqual(['contacts', 'easyToRead', 'enabledSites', 'name', 'resources[1]']);
  });

  it('reports unknown fields, at the top and inside items', () => {
    expect(
      errorPaths({ ...minimal, couleur: 'bleu', contacts: [{ label: 'Ligne', phone: '3114', fax: '3114' }] }),
    ).toEqual(['contacts[0].fax', 'couleur']);
  });

  it('treats __proto__ and constructor as unknown fields, not as special keys', () => {
    expect(errorPaths(JSON.parse('{ "name": "Asso", "__proto__": { "x": 1 }, "constructor": 1 }'))).toEqual([
      '__proto__',
      'constructor',
    ]);
  });

  it.each([
    'http://www.example.org/',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://example.org/',
    'https://',
    'https://user:secret@example.org/',
    'www.example.org',
    'https://exa mple.org/',
  ])('refuses the resource URL %s', (url) => {
    expect(errorPaths({ ...minimal, resources: [{ title: 'Lien', url }] })).toEqual(['resources[0].url']);
  });

  it.each(['01 99 00 12', '01 99 00 12 34 56', 'appelez-nous', '+33', '0', '01  99 00 12 34', '06 12 34 56 7a', ''])(
    'refuses the phone number "%s"',
    (phone) => {
      expect(errorPaths({ ...minimal, contacts: [{ label: 'Ligne', phone }] })).toEqual(['contacts[0].phone']);
    },
  );

  it('reports missing required fields inside items', () => {
    expect(errorPaths({ ...minimal, contacts: [{ phone: '3114' }], resources: [{ title: 'x' }] })).toEqual([
      'contacts[0].label',
      'resources[0].url',
    ]);
  });

  it('refuses unknown enum values and duplicates', () => {
    expect(
      errorPaths({
        ...minimal,
        defaultLanguage: 'de',
        enabledSites: ['chatgpt', 'altavista', 'chatgpt'],
        enabledFeatures: ['emergencyAlert'],
      }),
    ).toEqual(['defaultLanguage', 'enabledFeatures[0]', 'enabledSites[1]', 'enabledSites[2]']);
  });

  it('refuses empty and too long texts, and too many items', () => {
    expect(
      errorPaths({
        name: '   ',
        description: 'x'.repeat(301),
        contacts: Array.from({ length: 9 }, () => ({ label: 'Ligne', phone: '3114' })),
      }),
    ).toEqual(['contacts', 'description', 'name']);
  });

  it('lists every problem at once, and gives no profile', () => {
    const result = validateProfile({
      name: '',
      contacts: [
        { label: 'A', phone: '01 99 00 12 34' },
        { label: 'B', phone: '01 23' },
      ],
      resources: [{ title: 'C', url: 'http://example.org' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        { path: 'name', message: 'ne doit pas être vide' },
        { path: 'contacts[1].phone', message: expect.stringMatching(/^numéro mal formé/) },
        { path: 'resources[0].url', message: expect.stringMatching(/https:\/\//) },
      ]),
    });
    expect(result).not.toHaveProperty('profile');
  });

  it('writes messages in English when asked', () => {
    const result = validateProfile({ contacts: [] }, 'en');
    expect(result).toEqual({ ok: false, errors: [{ path: 'name', message: 'required field is missing' }] });
  });
});

describe('clean copy', () => {
  it('returns a new object, not the input (later changes to the input do not leak in)', () => {
    const input = { name: 'Asso', contacts: [{ label: 'Ligne', phone: '3114' }] };
    const result = validateProfile(input);
    if (!result.ok) throw new Error('expected a valid profile');
    input.contacts[0]!.phone = 'changed';
    expect(result.profile.contacts?.[0]?.phone).toBe('3114');
  });
});
