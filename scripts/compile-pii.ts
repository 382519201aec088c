/**
 * Compiles the reviewed personal-data lists (content/pii/*.yaml) into engine/pii/generated/pii-data.json, the
 * only form the engine and the extension bundle read (no YAML parser ships to users).
 *
 *   npx tsx scripts/compile-pii.ts           validate, compile, write the JSON
 *   npx tsx scripts/compile-pii.ts --check   fail if the JSON is not up to date with the YAML
 *
 * Terms are folded (lowercase, no accents) and split into words exactly as the engine reads text, so "Né(e) le"
 * is stored as "ne e le". Examples are not compiled: tests read them from the YAML.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { CUE_ROLES, PII_ROLES, type PiiData, type PiiDataJson, type PiiRole } from '../engine/pii/roles.ts';
import { termWords } from '../engine/pii/text.ts';
import { PII_KINDS, type PiiKind } from '../engine/types.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PII_CONTENT_DIR = join(ROOT, 'content/pii');
export const PII_OUTPUT_PATH = join(ROOT, 'engine/pii/generated/pii-data.json');

export interface PiiEntry {
  readonly id: string;
  readonly kind: PiiKind;
  readonly role: PiiRole;
  readonly note?: string;
  readonly terms: readonly string[];
  readonly positives: readonly string[];
  readonly negatives: readonly string[];
}

export interface PiiFile {
  readonly id: string;
  readonly version: number;
  readonly lastReviewed: string;
  readonly description: string;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  readonly entries: readonly PiiEntry[];
}

export interface LoadedPiiFile {
  readonly name: string;
  readonly data: PiiFile;
}

/** Every content/pii file, sorted by name. */
export function loadPiiFiles(): LoadedPiiFile[] {
  return readdirSync(PII_CONTENT_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, data: parse(readFileSync(join(PII_CONTENT_DIR, name), 'utf8')) as PiiFile }));
}

const FILE_KEYS = ['id', 'version', 'lastReviewed', 'description', 'sources', 'entries'];
const ENTRY_KEYS = ['id', 'kind', 'role', 'note', 'terms', 'positives', 'negatives'];

function isTextList(value: unknown, min: number): value is string[] {
  return Array.isArray(value) && value.length >= min && value.every((item) => typeof item === 'string' && item.trim());
}

/** Problems in the files, as sentences that say what to fix (empty when all is well). */
export function validatePiiFiles(files: readonly LoadedPiiFile[]): string[] {
  const errors: string[] = [];
  const entryIds = new Set<string>();
  for (const { name, data } of files) {
    const at = `content/pii/${name}`;
    for (const key of Object.keys(data)) if (!FILE_KEYS.includes(key)) errors.push(`${at}: unknown key "${key}"`);
    if (typeof data.id !== 'string' || !/^[a-z0-9-]+$/.test(data.id)) errors.push(`${at}: id must be kebab-case`);
    if (!Number.isInteger(data.version) || data.version < 1) errors.push(`${at}: version must be a positive integer`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(data.lastReviewed))) errors.push(`${at}: lastReviewed must be YYYY-MM-DD`);
    if (typeof data.description !== 'string' || !data.description) errors.push(`${at}: description is missing`);
    const sources = Array.isArray(data.sources) ? data.sources : [];
    if (!sources.length || !sources.every((s) => s.title && /^https:\/\/\S+$/.test(s.url))) {
      errors.push(`${at}: sources must list at least one { title, url } with an https URL`);
    }
    if (!Array.isArray(data.entries) || !data.entries.length) {
      errors.push(`${at}: entries is missing`);
      continue;
    }
    for (const entry of data.entries) {
      const where = `${at} entry "${entry.id}"`;
      for (const key of Object.keys(entry))
        if (!ENTRY_KEYS.includes(key)) errors.push(`${where}: unknown key "${key}"`);
      if (typeof entry.id !== 'string' || !/^[a-z0-9-]+$/.test(entry.id))
        errors.push(`${where}: id must be kebab-case`);
      if (entryIds.has(entry.id)) errors.push(`${where}: id is used twice`);
      entryIds.add(entry.id);
      if (!PII_KINDS.includes(entry.kind)) errors.push(`${where}: kind must be one of ${PII_KINDS.join(', ')}`);
      if (!PII_ROLES.includes(entry.role)) errors.push(`${where}: role must be one of ${PII_ROLES.join(', ')}`);
      if (!isTextList(entry.terms, 1)) errors.push(`${where}: terms must be a non-empty list of texts`);
      if (!isTextList(entry.positives, 1)) errors.push(`${where}: give at least one positive example`);
      if (!isTextList(entry.negatives, 1)) errors.push(`${where}: give at least one negative example`);
      for (const term of isTextList(entry.terms, 1) ? entry.terms : []) {
        if (!termWords(term).length) errors.push(`${where}: term "${term}" has no word`);
      }
    }
  }
  return errors;
}

/** Folds one term into its compiled form: words joined by a space, plus the ":" and "=" markers of cues. */
export function compileTerm(term: string, role: PiiRole): string {
  const trimmed = term.trim();
  const words = termWords(trimmed).join(' ');
  if (!(CUE_ROLES as readonly string[]).includes(role)) return words;
  return (trimmed.startsWith('=') ? '=' : '') + words + (trimmed.endsWith(':') ? ' :' : '');
}

/** The compiled data: every role, its terms folded, deduplicated and sorted. */
export function compilePii(files: readonly LoadedPiiFile[] = loadPiiFiles()): PiiData {
  const byRole = new Map<PiiRole, Set<string>>(PII_ROLES.map((role) => [role, new Set<string>()]));
  for (const { data } of files) {
    for (const entry of data.entries) {
      for (const term of entry.terms) byRole.get(entry.role)?.add(compileTerm(term, entry.role));
    }
  }
  // A first name listed as ambiguous follows the ambiguous rules only.
  for (const name of byRole.get('firstNameAmbiguous')!) byRole.get('firstName')!.delete(name);
  const compiled = {} as Record<PiiRole, string[]>;
  for (const role of PII_ROLES) compiled[role] = [...byRole.get(role)!].sort();
  return compiled;
}

/** The JSON text written to disk, formatted as `npm run format` would, so that `prettier --check .` passes. */
export async function serializePii(data: PiiData): Promise<string> {
  const json = {} as Record<PiiRole, string>;
  for (const role of PII_ROLES) {
    if (data[role].some((term) => term.includes('|'))) throw new Error(`a ${role} term contains "|"`);
    json[role] = data[role].join('|');
  }
  const options = (await resolveConfig(PII_OUTPUT_PATH)) ?? {};
  return format(JSON.stringify(json satisfies PiiDataJson), { ...options, filepath: PII_OUTPUT_PATH });
}

async function main(): Promise<void> {
  const files = loadPiiFiles();
  const errors = validatePiiFiles(files);
  if (errors.length) {
    process.stderr.write(`${errors.join('\n')}\n`);
    process.exit(1);
  }
  const json = await serializePii(compilePii(files));
  if (process.argv.includes('--check')) {
    if (readFileSync(PII_OUTPUT_PATH, 'utf8') !== json) {
      process.stderr.write('engine/pii/generated/pii-data.json is out of date: run npx tsx scripts/compile-pii.ts\n');
      process.exit(1);
    }
    return;
  }
  writeFileSync(PII_OUTPUT_PATH, json);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
