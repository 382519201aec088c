/**
 * Turns an editor-friendly term ("douleur* ... (poitrine|thorax)", "[très] essouffl*") into compiled token
 * patterns. Used by the lexicon compiler; pure so that the compile step and the engine share one tokeniser.
 */
import { normAt, tokenize, TokenType } from '../text/tokenize.ts';

const MAX_EXPANSIONS = 1000;

/**
 * Expands `(a|b)` alternations and `[x]` optional parts into plain variants.
 *
 * @example expandAlternatives('mal (au|a la) [gros] ventre') // 4 variants
 */
export function expandAlternatives(term: string): string[] {
  const open = term.search(/[([]/);
  if (open < 0) return [term];
  const optional = term[open] === '[';
  const close = findClose(term, open);
  if (close < 0) throw new Error(`Unbalanced bracket in term "${term}"`);
  const inner = term.slice(open + 1, close);
  const options = optional ? [inner, ''] : splitTop(inner);
  const out: string[] = [];
  for (const option of options) {
    for (const variant of expandAlternatives(term.slice(0, open) + option + term.slice(close + 1))) {
      out.push(variant);
      if (out.length > MAX_EXPANSIONS) throw new Error(`Term "${term}" expands to too many variants`);
    }
  }
  return out;
}

function findClose(term: string, open: number): number {
  let depth = 0;
  for (let i = open; i < term.length; i++) {
    const c = term[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function splitTop(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(inner.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(inner.slice(last));
  return parts;
}

/**
 * Compiles one variant (no brackets left) into its token pattern string.
 *
 * @example compileVariant("l'AVC d* ...") // "l avc d* ..."
 */
export function compileVariant(variant: string): string {
  const out: string[] = [];
  for (const piece of variant.trim().split(/\s+/)) {
    if (piece === '') continue;
    if (piece === '...') {
      out.push('...');
      continue;
    }
    if (/^\{\d+(?:\.\d+)?-\d+(?:\.\d+)?\}d?$/.test(piece)) {
      out.push(piece);
      continue;
    }
    if (piece === '#') {
      out.push('#');
      continue;
    }
    // `*ectomie`: a suffix family, one word ending so (see the trie); it cannot also be a stem.
    const suffix = piece.length > 1 && piece.startsWith('*') && !piece.endsWith('*');
    const stem = !suffix && piece.endsWith('*');
    const tokens = tokenize(suffix ? piece.slice(1) : stem ? piece.slice(0, -1) : piece);
    const words: string[] = [];
    for (let i = 0; i < tokens.count; i++) {
      const type = tokens.types[i];
      if (type === TokenType.Word || type === TokenType.Number) words.push(normAt(tokens, i) ?? '');
    }
    if (words.length === 0) throw new Error(`Term piece "${piece}" has no word`);
    if (stem) words[words.length - 1] += '*';
    if (suffix) {
      if (words.length !== 1) throw new Error(`Suffix piece "${piece}" must be one word`);
      words[0] = `*${words[0]}`;
    }
    out.push(...words);
  }
  if (out.length === 0 || out[0] === '...' || out[out.length - 1] === '...') {
    throw new Error(`Term "${variant}" must start and end with a word`);
  }
  return out.join(' ');
}

/** One position of a compiled term: its alternatives (token patterns; '' for an optional part). */
export type Slot = string | readonly string[];

/**
 * Compiles a term into slots, keeping alternations as lists so the compiled lexicon stays small: the trie
 * expands them at load time.
 *
 * @example compileSlots('douleur* ... (poitrine|thorax)') // ['douleur*', '...', ['poitrine', 'thorax']]
 */
export function compileSlots(term: string): Slot[] {
  const slots: Slot[] = [];
  let i = 0;
  let outside = '';
  const flush = (): void => {
    for (const piece of outside.trim().split(/\s+/)) if (piece !== '') slots.push(compilePiece(piece));
    outside = '';
  };
  while (i < term.length) {
    const c = term[i] ?? '';
    if (c !== '(' && c !== '[') {
      outside += c;
      i++;
      continue;
    }
    const close = findClose(term, i);
    if (close < 0) throw new Error(`Unbalanced bracket in term "${term}"`);
    const before = term[i - 1];
    const after = term[close + 1];
    if ((before !== undefined && before !== ' ') || (after !== undefined && after !== ' ')) {
      throw new Error(`Brackets must be separated by spaces in term "${term}"`);
    }
    flush();
    const inner = term.slice(i + 1, close);
    const options = splitTop(inner).flatMap(expandAlternatives);
    if (c === '[') options.push('');
    const alternatives = [...new Set(options.map((option) => (option.trim() === '' ? '' : compileVariant(option))))];
    if (alternatives.some((alt) => alt.split(' ').includes('...')))
      throw new Error(`No gap inside brackets: "${term}"`);
    slots.push(alternatives.length === 1 ? (alternatives[0] ?? '') : alternatives);
    i = close + 1;
  }
  flush();
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (slots.length === 0 || first === '...' || last === '...')
    throw new Error(`Term "${term}" must start and end with a word`);
  checkVariants(term, slots);
  return slots;
}

/** Most variants one term may stand for (the product of its slots' alternatives): the trie grows with them. */
const MAX_VARIANTS = 4000;

/**
 * Checks the variants of `slots` without writing them out (a term naming word classes stands for thousands): their number,
 * and that none is empty or starts or ends with a gap once its optional parts are left out ("[très] ... mal").
 */
function checkVariants(term: string, slots: readonly Slot[]): void {
  let count = 1;
  for (const slot of slots) count *= typeof slot === 'string' ? 1 : slot.length;
  if (count > MAX_VARIANTS) throw new Error(`Term "${term}" expands to too many variants (${count} > ${MAX_VARIANTS})`);
  const optional = (slot: Slot): boolean => typeof slot !== 'string' && slot.includes('');
  const edge = (order: readonly Slot[]): Slot | undefined => order.find((slot) => !optional(slot));
  const start = edge(slots);
  if (start === undefined) throw new Error(`Term "${term}" is empty`);
  if (start === '...' || edge([...slots].reverse()) === '...')
    throw new Error(`Term "${term}" must start and end with a word`);
}

function compilePiece(piece: string): string {
  if (piece === '...') return '...';
  return compileVariant(piece);
}

/**
 * All compiled patterns for one editor term.
 *
 * @example compileTerm('(avc|attaque cérébrale)') // ['avc', 'attaque cerebrale']
 */
export function compileTerm(term: string): string[] {
  const seen = new Set<string>();
  for (const variant of expandAlternatives(term)) seen.add(compileVariant(variant));
  return [...seen];
}

/**
 * Packs slots into one short string for the compiled JSON: slots separated by spaces, alternatives by `|`,
 * words inside an alternative by `_` (tokens never contain these characters).
 *
 * @example packSlots(['douleur*', '...', ['poitrine', 'dans la poitrine']]) // 'douleur* ... poitrine|dans_la_poitrine'
 */
export function packSlots(slots: readonly Slot[]): string {
  const pack = (alternative: string): string => alternative.split(' ').join('_');
  return slots.map((slot) => (typeof slot === 'string' ? pack(slot) : slot.map(pack).join('|'))).join(' ');
}

/**
 * Inverse of `packSlots` (runs once per term when the engine loads).
 *
 * @example unpackSlots('a|b_c d') // [['a', 'b c'], 'd']
 */
export function unpackSlots(packed: string): Slot[] {
  const unpack = (alternative: string): string => alternative.split('_').join(' ');
  return packed.split(' ').map((slot) => (slot.includes('|') ? slot.split('|').map(unpack) : unpack(slot)));
}
