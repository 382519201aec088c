/**
 * Compiles the editorial content (YAML, edited by clinicians and volunteers) into the JSON the extension
 * bundles, so nothing parses YAML at run time.
 *
 *   content/{guidance,checklists,numbers,cards,checks,questions}/*.yaml
 *     → validate each file against content/schemas/*.schema.json (small validator below)
 *     → localise: every "version block" ({fr, en, fr-easy}) is replaced by one version's value
 *     → content/generated/inpage.json  (what the content script needs: alerts, number links, privacy)
 *     → content/generated/panel.<version>.json (everything the side panel shows, one file per version:
 *       the panel loads only the version in use, see core/content.ts)
 *
 * Usage: `npx tsx scripts/compile-content.ts` (writes), `--check` (fails when the committed JSON is stale).
 * tests/unit/content/ imports the same functions, so the tests and the build read the data the same way.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { ANSWER_CHECK_IDS, PII_KINDS, RED_FLAG_CATEGORIES, TOPIC_IDS } from '../engine/types';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CONTENT_DIR = join(ROOT, 'content');
export const SCHEMA_DIR = join(CONTENT_DIR, 'schemas');
export const GENERATED_DIR = join(CONTENT_DIR, 'generated');

export const CONTENT_VERSIONS = ['fr', 'en', 'fr-easy'] as const;
export type ContentVersion = (typeof CONTENT_VERSIONS)[number];

/** Folders holding editorial YAML, and the schema each file must satisfy. */
export const CONTENT_FOLDERS = ['guidance', 'checklists', 'numbers', 'cards', 'checks', 'questions'] as const;

export function schemaNameFor(relativePath: string): string {
  const [folder, file = ''] = relativePath.split('/');
  const base = file.replace(/\.yaml$/, '');
  switch (folder) {
    case 'guidance':
      return base === 'sheet' ? 'sheet' : 'privacy';
    case 'checklists':
      return 'checklist';
    case 'numbers':
      return 'numbers';
    case 'cards':
      return 'card';
    case 'checks':
      return 'check';
    case 'questions':
      return `questions-${base}`;
    default:
      throw new Error(`No schema for ${relativePath}`);
  }
}

export interface ContentFile {
  /** Path relative to content/, e.g. "checklists/cardiac.yaml". */
  readonly path: string;
  readonly text: string;
  readonly data: Record<string, unknown>;
  readonly schema: string;
}

export function loadContentFiles(): ContentFile[] {
  const files: ContentFile[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const dir = join(CONTENT_DIR, folder);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const path = `${folder}/${name}`;
      const text = readFileSync(join(dir, name), 'utf8');
      files.push({ path, text, data: parse(text) as Record<string, unknown>, schema: schemaNameFor(path) });
    }
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------
// A small JSON Schema validator: the subset our schemas use. Unknown keywords throw, so a schema never
// silently relies on a rule that is not checked.

type Schema = Record<string, unknown>;

const KNOWN_KEYWORDS = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  '$comment',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'format',
  'minimum',
]);

/** Our schemas (content/schemas/ also holds the lexicon and organisation schemas, owned elsewhere). */
export const CONTENT_SCHEMAS = [
  'common',
  'sheet',
  'privacy',
  'checklist',
  'numbers',
  'card',
  'check',
  'questions-topics',
  'questions-checks',
] as const;

export function loadSchemas(): Map<string, Schema> {
  const schemas = new Map<string, Schema>();
  for (const name of CONTENT_SCHEMAS) {
    const file = `${name}.schema.json`;
    schemas.set(file, JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Schema);
  }
  return schemas;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Validates `value` against the schema file `schemaFile`; returns readable errors ("path: problem").
 * `$ref` is either local ("#/$defs/x") or to another schema file ("common.schema.json#/$defs/x").
 */
export function validate(value: unknown, schemaFile: string, schemas: Map<string, Schema>): string[] {
  const errors: string[] = [];
  const root = schemas.get(schemaFile);
  if (!root) return [`unknown schema ${schemaFile}`];

  const resolveRef = (ref: string, currentFile: string): [Schema, string] => {
    const [file, pointer = ''] = ref.split('#');
    const targetFile = file || currentFile;
    let node: unknown = schemas.get(targetFile);
    for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'object' || node === null) throw new Error(`Unresolvable $ref ${ref} in ${currentFile}`);
    return [node as Schema, targetFile];
  };

  const check = (node: unknown, schema: Schema, file: string, path: string): void => {
    for (const keyword of Object.keys(schema)) {
      if (!KNOWN_KEYWORDS.has(keyword)) throw new Error(`Unsupported schema keyword "${keyword}" in ${file}`);
    }
    if (typeof schema.$ref === 'string') {
      const [target, targetFile] = resolveRef(schema.$ref, file);
      check(node, target, targetFile, path);
    }
    const where = path || '(root)';
    if (schema.type !== undefined) {
      const allowed = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      const actual = typeOf(node);
      if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) {
        errors.push(`${where}: expected ${allowed.join(' or ')}, got ${actual}`);
        return;
      }
    }
    if (schema.const !== undefined && node !== schema.const) errors.push(`${where}: must be ${String(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(node)) {
      errors.push(`${where}: ${JSON.stringify(node)} is not one of ${schema.enum.join(', ')}`);
    }
    if (typeof node === 'string') {
      if (typeof schema.minLength === 'number' && node.trim().length < schema.minLength) {
        errors.push(`${where}: text is empty or too short`);
      }
      if (typeof schema.maxLength === 'number' && node.length > schema.maxLength) {
        errors.push(`${where}: text longer than ${schema.maxLength} characters`);
      }
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(node)) {
        errors.push(`${where}: ${JSON.stringify(node)} does not match ${schema.pattern}`);
      }
      if (schema.format === 'date' && !isValidIsoDate(node)) errors.push(`${where}: not an ISO date (YYYY-MM-DD)`);
    }
    if (typeof node === 'number' && typeof schema.minimum === 'number' && node < schema.minimum) {
      errors.push(`${where}: below ${schema.minimum}`);
    }
    if (Array.isArray(node)) {
      if (typeof schema.minItems === 'number' && node.length < schema.minItems) {
        errors.push(`${where}: needs at least ${schema.minItems} items`);
      }
      if (typeof schema.maxItems === 'number' && node.length > schema.maxItems) {
        errors.push(`${where}: at most ${schema.maxItems} items`);
      }
      if (schema.uniqueItems === true && new Set(node.map((item) => JSON.stringify(item))).size !== node.length) {
        errors.push(`${where}: items must be unique`);
      }
      if (typeof schema.items === 'object' && schema.items !== null) {
        node.forEach((item, index) => check(item, schema.items as Schema, file, `${path}[${index}]`));
      }
    }
    if (typeOf(node) === 'object') {
      const record = node as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required as string[] | undefined) ?? []) {
        if (!(key in record)) errors.push(`${where}: missing "${key}"`);
      }
      for (const [key, child] of Object.entries(record)) {
        const childPath = path ? `${path}.${key}` : key;
        if (typeof schema.propertyNames === 'object' && schema.propertyNames !== null) {
          check(key, schema.propertyNames as Schema, file, `${childPath} (name)`);
        }
        if (key in properties) check(child, properties[key]!, file, childPath);
        else if (schema.additionalProperties === false) errors.push(`${where}: unknown field "${key}"`);
        else if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null) {
          check(child, schema.additionalProperties as Schema, file, childPath);
        }
      }
    }
  };

  check(value, root, schemaFile, '');
  return errors;
}

// ---------------------------------------------------------------------------------------------------
// Version blocks and localisation.

/** An object whose keys are all content versions (at least `fr`): the texts of one item in each version. */
export function isVersionBlock(node: unknown): node is Partial<Record<ContentVersion, unknown>> {
  if (typeOf(node) !== 'object') return false;
  const keys = Object.keys(node as object);
  return keys.includes('fr') && keys.every((key) => (CONTENT_VERSIONS as readonly string[]).includes(key));
}

/** Replaces every version block by its `version` value. `missing` collects blocks that lack that version. */
export function localize(node: unknown, version: ContentVersion, missing: string[] = [], path = ''): unknown {
  if (isVersionBlock(node)) {
    const value = node[version];
    if (value === undefined) {
      missing.push(`${path} (${version})`);
      return localize(node.fr, version, missing, path);
    }
    return localize(value, version, missing, path);
  }
  if (Array.isArray(node)) return node.map((item, index) => localize(item, version, missing, `${path}[${index}]`));
  if (typeOf(node) === 'object') {
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>).map(([key, value]) => [
        key,
        localize(value, version, missing, path ? `${path}.${key}` : key),
      ]),
    );
  }
  return node;
}

// ---------------------------------------------------------------------------------------------------
// Building the generated JSON.

type Data = Record<string, unknown>;

const fileId = (id: string) => id.replaceAll('_', '-');

function meta(data: Data) {
  return { id: data.id, version: data.version, lastReviewed: data.lastReviewed, sources: data.sources };
}

function byId(files: ContentFile[], folder: string, ids: readonly string[]): Map<string, Data> {
  const found = new Map<string, Data>();
  for (const id of ids) {
    const file = files.find((candidate) => candidate.path === `${folder}/${fileId(id)}.yaml`);
    if (!file) throw new Error(`content/${folder}/${fileId(id)}.yaml is missing (engine id "${id}")`);
    if (file.data.id !== id) throw new Error(`content/${file.path}: id should be "${id}"`);
    found.set(id, file.data);
  }
  return found;
}

function single(files: ContentFile[], path: string): Data {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`content/${path} is missing`);
  return file.data;
}

/**
 * The side panel's content for one version. One file per version so the panel fetches a third of the text
 * (the side panel's 120 KB gzipped budget counts the content it loads); inpage.json keeps its three versions
 * because the content script needs them all and they are small.
 */
export const panelFileName = (version: ContentVersion) => `panel.${version}.json`;

export interface Generated {
  /** File name under content/generated/ → formatted JSON text. */
  readonly files: Record<string, string>;
  /** Version blocks that fell back to French because a translation is missing. */
  readonly missing: string[];
}

export async function buildGenerated(files: ContentFile[] = loadContentFiles()): Promise<Generated> {
  const missing: string[] = [];
  const sheet = single(files, 'guidance/sheet.yaml');
  const privacy = single(files, 'guidance/privacy.yaml');
  const numbersFile = single(files, 'numbers/numbers.yaml');
  const topicQuestions = single(files, 'questions/topics.yaml');
  const checkQuestions = single(files, 'questions/checks.yaml');
  const checklists = byId(files, 'checklists', RED_FLAG_CATEGORIES);
  const cards = byId(files, 'cards', TOPIC_IDS);
  const checks = byId(files, 'checks', ANSWER_CHECK_IDS);

  const inpage: Data = {};
  const panel: Data = {};
  for (const version of CONTENT_VERSIONS) {
    const local = <T>(node: unknown, path: string) => localize(node, version, missing, path) as T;
    const numberEntries = local<Data[]>(numbersFile.numbers, 'numbers/numbers.yaml');
    const privacyKinds = privacy.kinds as Data;

    inpage[version] = {
      alerts: Object.fromEntries(
        [...checklists].map(([id, data]) => {
          const texts = local<Data>(data.texts, `checklists/${fileId(id)}.yaml`);
          return [
            id,
            { situation: texts.situation, action: texts.action, ifTicked: texts.ifTicked, numbers: data.numbers },
          ];
        }),
      ),
      numbers: Object.fromEntries(
        numberEntries.map((entry) => [
          entry.id,
          {
            dial: entry.dial ?? null,
            href: entry.href ?? null,
            centres: entry.centres ?? [],
            label: (entry.texts as Data).label,
            accessibleLabel: (entry.texts as Data).accessibleLabel,
            centreAccessibleLabel: (entry.texts as Data).centreAccessibleLabel ?? null,
          },
        ]),
      ),
      privacy: {
        reminder: local(privacy.reminder, 'guidance/privacy.yaml'),
        kinds: Object.fromEntries(
          PII_KINDS.map((kind) => {
            if (!(kind in privacyKinds)) throw new Error(`content/guidance/privacy.yaml: kind "${kind}" is missing`);
            return [kind, local(privacyKinds[kind], `guidance/privacy.yaml#${kind}`)];
          }),
        ),
      },
      missedEmergency: {
        ...local<Data>(checks.get('missed_emergency')!.texts, 'checks/missed-emergency.yaml'),
        numbers: checks.get('missed_emergency')!.numbers ?? [],
      },
    };

    panel[version] = {
      sheet: { ...meta(sheet), ...local<Data>(sheet.texts, 'guidance/sheet.yaml') },
      checklists: Object.fromEntries(
        [...checklists].map(([id, data]) => [
          id,
          {
            ...meta(data),
            numbers: data.numbers,
            sourceStrength: data.sourceStrength,
            ...local<Data>(data.texts, `checklists/${fileId(id)}.yaml`),
          },
        ]),
      ),
      numbers: {
        ...meta(numbersFile),
        entries: numberEntries.map(({ texts, ...entry }) => ({ ...entry, ...(texts as Data) })),
      },
      cards: Object.fromEntries(
        [...cards].map(([id, data]) => [
          id,
          {
            ...meta(data),
            numbers: data.numbers ?? [],
            links: local(data.links ?? [], `cards/${fileId(id)}.yaml#links`),
            ...local<Data>(data.texts, `cards/${fileId(id)}.yaml`),
          },
        ]),
      ),
      checks: Object.fromEntries(
        [...checks].map(([id, data]) => [
          id,
          { ...meta(data), numbers: data.numbers ?? [], ...local<Data>(data.texts, `checks/${fileId(id)}.yaml`) },
        ]),
      ),
      questions: {
        topics: {
          ...meta(topicQuestions),
          items: Object.fromEntries(
            TOPIC_IDS.map((id) => [id, local((topicQuestions.items as Data)[id], `questions/topics.yaml#${id}`)]),
          ),
        },
        checks: {
          ...meta(checkQuestions),
          items: Object.fromEntries(
            ANSWER_CHECK_IDS.map((id) => [
              id,
              local((checkQuestions.items as Data)[id], `questions/checks.yaml#${id}`),
            ]),
          ),
        },
      },
    };
  }

  const config = (await resolveConfig(join(GENERATED_DIR, 'inpage.json'))) ?? {};
  const json = (value: unknown) => format(JSON.stringify(value), { ...config, parser: 'json' });
  const output: Record<string, string> = { 'inpage.json': await json(inpage) };
  for (const version of CONTENT_VERSIONS) output[panelFileName(version)] = await json(panel[version]);
  return {
    files: output,
    missing: [...new Set(missing)],
  };
}

/** JSON files in content/generated/ that the compiler did not write (left over from an older layout). */
export function staleGeneratedFiles(written: readonly string[]): string[] {
  return readdirSync(GENERATED_DIR)
    .filter((name) => name.endsWith('.json') && !written.includes(name))
    .sort();
}

/** Schema errors for every content file, as "content/<path>: <error>". */
export function validateAll(files: ContentFile[] = loadContentFiles()): string[] {
  const schemas = loadSchemas();
  return files.flatMap((file) =>
    validate(file.data, `${file.schema}.schema.json`, schemas).map((error) => `content/${file.path}: ${error}`),
  );
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  const files = loadContentFiles();
  const errors = validateAll(files);
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  const generated = await buildGenerated(files);
  if (generated.missing.length > 0) {
    // The schemas require every version, so this only happens if a schema is loosened: refuse to ship French
    // where English or easy-to-read French was expected.
    console.error(`Missing translations:\n  ${generated.missing.join('\n  ')}`);
    process.exit(1);
  }
  mkdirSync(GENERATED_DIR, { recursive: true });
  let stale = false;
  for (const [name, text] of Object.entries(generated.files)) {
    const target = join(GENERATED_DIR, name);
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // First run: the file does not exist yet.
    }
    if (current === text) continue;
    stale = true;
    if (checkOnly) console.error(`${relative(ROOT, target)} is out of date: run npx tsx scripts/compile-content.ts`);
    else writeFileSync(target, text);
  }
  // A file the compiler no longer writes (e.g. the former all-versions panel.json) would be bundled by nothing
  // but would mislead editors: remove it, or fail --check.
  for (const name of staleGeneratedFiles(Object.keys(generated.files))) {
    stale = true;
    if (checkOnly)
      console.error(`content/generated/${name} is no longer generated: run npx tsx scripts/compile-content.ts`);
    else unlinkSync(join(GENERATED_DIR, name));
  }
  if (checkOnly && stale) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
