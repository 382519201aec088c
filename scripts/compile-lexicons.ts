/**
 * Compiles the reviewed lexicons (content/lexicons/<lang>/*.yml) into engine/generated/lexicons.json, the only
 * form the engine and the extension bundle read (no YAML parser ships to users).
 *
 *   npx tsx scripts/compile-lexicons.ts          validate, compile, write the JSON
 *   npx tsx scripts/compile-lexicons.ts --fix    also rewrite the YAML files in canonical form (sorted)
 *   npx tsx scripts/compile-lexicons.ts --check  fail if the JSON or a YAML file is not up to date
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse, stringify } from 'yaml';
import { compileSlots, packSlots } from '../engine/lexicon/pattern.ts';
import {
  classTable,
  expandClasses,
  loadWordClasses,
  validateWordClasses,
  WORD_CLASSES_FILE,
  type ClassTable,
  type WordClassFile,
} from './lexicon-classes.ts';
import {
  CUE_FLAG_BITS,
  CUE_TYPES,
  type CompiledEntry,
  type CompiledLexicon,
  type CueType,
  type EntryKind,
} from '../engine/lexicon/compiled-types.ts';
import { RED_FLAG_CATEGORIES, TOPIC_IDS, type Language } from '../engine/types.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LEXICON_DIR = join(ROOT, 'content/lexicons');
export const SCHEMA_PATH = join(ROOT, 'content/schemas/lexicon.schema.json');
export const CLASSES_SCHEMA_PATH = join(ROOT, 'content/schemas/word-classes.schema.json');
export const OUTPUT_PATH = join(ROOT, 'engine/generated/lexicons.json');
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

export interface LexiconEntry {
  id: string;
  tags: string[];
  with?: string[];
  flags?: string[];
  overlaps?: string[];
  terms: string[];
  positives: string[];
  negatives: string[];
}

export interface LexiconFile {
  kind: EntryKind;
  lang: Language;
  description: string;
  reviewed: string;
  sources: string[];
  entries: LexiconEntry[];
}

export interface LoadedFile {
  readonly path: string;
  /** File name without extension, e.g. `red-flags`. */
  readonly name: string;
  readonly text: string;
  readonly data: LexiconFile;
}

/** Every lexicon file, in a stable order (language, then file name). */
export function loadLexiconFiles(): LoadedFile[] {
  const files: LoadedFile[] = [];
  for (const lang of LANGUAGES) {
    const dir = join(LEXICON_DIR, lang);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.yml') || file === WORD_CLASSES_FILE) continue;
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      files.push({ path, name: basename(file, '.yml'), text, data: parse(text) as LexiconFile });
    }
  }
  return files;
}

type Schema = Record<string, unknown>;

/** The word classes of every language (`@class` in terms, see lexicon-classes.ts), read once. */
let classes: ClassTable | null = null;
export function wordClasses(): ClassTable {
  classes ??= classTable(loadWordClasses(LEXICON_DIR, LANGUAGES));
  return classes;
}

/** A term's slots, its word classes written out (checked and compiled the same way). */
function termSlots(term: string, lang: Language): ReturnType<typeof compileSlots> {
  return compileSlots(expandClasses(term, lang, wordClasses()));
}

/**
 * Validates a value against the subset of JSON Schema used by content/schemas (type, enum, required,
 * properties, additionalProperties, items, minItems, minLength, pattern). Returns error messages.
 */
export function validateSchema(value: unknown, schema: Schema, at = '$'): string[] {
  const errors: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${at}: must be one of ${JSON.stringify(schema.enum)}`);
  }
  const type = schema.type as string | undefined;
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: must be an object`];
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${at}: missing "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = props[key];
      if (sub) errors.push(...validateSchema(v, sub, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unknown field "${key}"`);
    }
  } else if (type === 'array') {
    if (!Array.isArray(value)) return [`${at}: must be a list`];
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      errors.push(`${at}: needs at least ${schema.minItems} item(s)`);
    }
    value.forEach((item, i) => errors.push(...validateSchema(item, schema.items as Schema, `${at}[${i}]`)));
  } else if (type === 'string') {
    if (typeof value !== 'string') return [`${at}: must be a string`];
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${at}: empty`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) {
      errors.push(`${at}: must match ${schema.pattern}`);
    }
  }
  return errors;
}

const KIND_OF_FILE: Record<string, EntryKind> = {
  topics: 'topic',
  'red-flags': 'red_flag',
  signals: 'signal',
  context: 'cue',
  'answer-checks': 'cue',
};

/**
 * Flags that change how a context cue reads (engine/context.ts), with the cue types each may mark: a recent date or a
 * threshold question that only covers its own clause (`clause_scope`), a weak question shape that makes its clause
 * general only in a message naming no person (`message_scope`), a time of day that dates a complaint unless a
 * question shares its clause (`time_of_day`). `drug_name` may mark any entry.
 */
const CUE_FLAG_TYPES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    clause_scope: ['past', 'general', 'hypothetical'],
    message_scope: ['general', 'hypothetical'],
    time_of_day: ['current'],
  } satisfies Record<keyof typeof CUE_FLAG_BITS, readonly CueType[]>),
);

/** Semantic checks the schema cannot express: known ids, unique entry ids, terms that compile, flags in place. */
/**
 * Lines where an unquoted list item holds " #": YAML reads the rest as a comment, so a term such as `- (me leve|se
 * leve) # fois par nuit pour uriner` silently became `(me leve|se leve)`, and `--fix` wrote the cut term back (stop
 * 22). A number piece `#` needs a quoted term.
 */
export function commentCuts(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, k) => {
    if (/^\s*- [^'"\s][^#]*\s#/.test(line)) lines.push(k + 1);
  });
  return lines;
}

export function validateFile(file: LoadedFile, schema: Schema, signalIds: ReadonlySet<string>): string[] {
  const where = `${file.data?.lang ?? '?'}/${file.name}.yml`;
  const errors = validateSchema(file.data, schema).map((e) => `${where} ${e}`);
  if (errors.length > 0) return errors;
  const { data } = file;
  errors.push(
    ...commentCuts(file.text).map((line) => `${where} line ${line}: " #" starts a YAML comment: quote the term`),
  );
  if (KIND_OF_FILE[file.name] !== data.kind) errors.push(`${where}: kind "${data.kind}" does not fit the file name`);
  if (!file.path.includes(`/${data.lang}/`)) errors.push(`${where}: lang "${data.lang}" does not fit the folder`);
  const allowed: Record<EntryKind, ReadonlySet<string>> = {
    topic: new Set(TOPIC_IDS),
    red_flag: new Set(RED_FLAG_CATEGORIES),
    signal: signalIds,
    cue: new Set(CUE_TYPES),
  };
  const ids = new Set<string>();
  for (const entry of data.entries) {
    const at = `${where} entry "${entry.id}"`;
    if (ids.has(entry.id)) errors.push(`${at}: duplicate id`);
    ids.add(entry.id);
    for (const tag of entry.tags) if (!allowed[data.kind].has(tag)) errors.push(`${at}: unknown tag "${tag}"`);
    for (const id of entry.with ?? []) {
      if (id !== 'health' && id !== 'claim' && !signalIds.has(id)) errors.push(`${at}: unknown signal "${id}" in with`);
    }
    for (const id of entry.overlaps ?? []) {
      if (!allowed.topic.has(id) && !allowed.red_flag.has(id)) errors.push(`${at}: unknown overlap "${id}"`);
    }
    for (const flag of entry.flags ?? []) {
      const types = CUE_FLAG_TYPES.get(flag);
      if (types && (data.kind !== 'cue' || !entry.tags.every((tag) => types.includes(tag))))
        errors.push(`${at}: flag "${flag}" is only for context cues of type ${types.join(', ')}`);
    }
    if (entry.terms.length === 0 && (entry.with?.length ?? 0) === 0) errors.push(`${at}: needs terms or with`);
    for (const term of entry.terms) {
      try {
        termSlots(term, data.lang);
      } catch (error) {
        errors.push(`${at}: ${(error as Error).message}`);
      }
    }
  }
  return errors;
}

/** Signal ids declared in the signals files (other files may require them with `with`). */
export function signalIdsOf(files: readonly LoadedFile[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files)
    if (file.data?.kind === 'signal')
      for (const e of file.data.entries ?? []) for (const tag of e.tags ?? []) ids.add(tag);
  return ids;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The canonical text of a lexicon file: fixed key order, entries sorted by id, terms and tags sorted.
 * `format(parse(file)) === file` is checked by the conformance test.
 */
export async function canonicalText(data: LexiconFile): Promise<string> {
  const entries = [...data.entries]
    .sort((a, b) => byText(a.id, b.id))
    .map((e) => {
      const out: Record<string, unknown> = { id: e.id, tags: [...e.tags].sort(byText) };
      if (e.with?.length) out.with = [...e.with].sort(byText);
      if (e.flags?.length) out.flags = [...e.flags].sort(byText);
      if (e.overlaps?.length) out.overlaps = [...e.overlaps].sort(byText);
      out.terms = [...new Set(e.terms)].sort(byText);
      out.positives = e.positives;
      out.negatives = e.negatives;
      return out;
    });
  return canonicalYaml(data, { entries });
}

/** The canonical text of a word-class file: classes sorted by id, their words sorted, no duplicates. */
export function canonicalClassesText(data: WordClassFile): Promise<string> {
  const classes = [...data.classes]
    .sort((a, b) => byText(a.id, b.id))
    .map((c) => ({ id: c.id, description: c.description, words: [...new Set(c.words)].sort(byText) }));
  return canonicalYaml(data, { classes });
}

/** A reviewed file's header in a fixed key order, then its body, as YAML formatted like `npm run format`. */
function canonicalYaml(
  header: Pick<LexiconFile, 'description' | 'reviewed' | 'sources'> & { kind: string; lang: Language },
  body: Record<string, unknown>,
): Promise<string> {
  const doc = {
    kind: header.kind,
    lang: header.lang,
    description: header.description,
    reviewed: header.reviewed,
    sources: header.sources,
    ...body,
  };
  return prettierFormat(stringify(doc, { lineWidth: 0, singleQuote: true, indentSeq: true }), 'yaml');
}

/** Formats like `npm run format` does, so that `prettier --check .` and the canonical-form test agree. */
async function prettierFormat(text: string, parser: 'yaml' | 'json'): Promise<string> {
  const config = (await resolveConfig(join(ROOT, 'package.json'))) ?? {};
  return format(text, { ...config, parser });
}

/** Compiles validated files into the engine's JSON form. */
export function compile(files: readonly LoadedFile[]): CompiledLexicon {
  const entries: CompiledEntry[] = [];
  for (const file of files) {
    for (const entry of [...file.data.entries].sort((a, b) => byText(a.id, b.id))) {
      const terms = [...new Set(entry.terms)].sort(byText).map((term) => packSlots(termSlots(term, file.data.lang)));
      entries.push({
        id: `${file.data.lang}/${file.name}/${entry.id}`,
        lang: file.data.lang,
        kind: file.data.kind,
        tags: [...entry.tags].sort(byText),
        ...(entry.with?.length ? { with: [...entry.with].sort(byText) } : {}),
        ...(entry.flags?.length ? { flags: [...entry.flags].sort(byText) } : {}),
        terms,
      });
    }
  }
  return { version: 1, entries };
}

/** The JSON text written to engine/generated/lexicons.json. */
export function compiledText(lexicon: CompiledLexicon): Promise<string> {
  return prettierFormat(JSON.stringify(lexicon), 'json');
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const files = loadLexiconFiles();
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Schema;
  const signals = signalIdsOf(files);
  const classFiles = loadWordClasses(LEXICON_DIR, LANGUAGES);
  classes = classTable(classFiles);
  const classSchema = JSON.parse(readFileSync(CLASSES_SCHEMA_PATH, 'utf8')) as Schema;
  const errors = [
    ...classFiles.flatMap((file) => {
      const schemaErrors = validateSchema(file.data, classSchema).map((e) => `${file.path} ${e}`);
      return schemaErrors.length > 0 ? schemaErrors : validateWordClasses(file);
    }),
    ...files.flatMap((file) => validateFile(file, schema, signals)),
  ];
  if (errors.length > 0) {
    for (const error of errors) console.error(error);
    process.exit(1);
  }
  let stale = false;
  for (const file of classFiles) {
    const canonical = await canonicalClassesText(file.data);
    if (canonical === file.text) continue;
    if (args.has('--fix')) writeFileSync(file.path, canonical);
    else {
      stale = true;
      console.error(
        `${file.data.lang}/${WORD_CLASSES_FILE} is not in canonical form: run npx tsx scripts/compile-lexicons.ts --fix`,
      );
    }
  }
  for (const file of files) {
    const canonical = await canonicalText(file.data);
    if (canonical === file.text) continue;
    if (args.has('--fix')) writeFileSync(file.path, canonical);
    else {
      stale = true;
      console.error(
        `${file.data.lang}/${file.name}.yml is not in canonical form: run npx tsx scripts/compile-lexicons.ts --fix`,
      );
    }
  }
  const output = await compiledText(compile(loadLexiconFiles()));
  const current = (() => {
    try {
      return readFileSync(OUTPUT_PATH, 'utf8');
    } catch {
      return '';
    }
  })();
  if (args.has('--check')) {
    if (current !== output) {
      console.error('engine/generated/lexicons.json is stale: run npx tsx scripts/compile-lexicons.ts');
      stale = true;
    }
    process.exit(stale ? 1 : 0);
  }
  writeFileSync(OUTPUT_PATH, output);
  const count = JSON.parse(output) as CompiledLexicon;
  console.log(`Compiled ${count.entries.length} entries (${output.length} bytes) into engine/generated/lexicons.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
