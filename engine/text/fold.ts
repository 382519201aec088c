/**
 * Character folding: lowercase and strip diacritics so that "Fièvre", "fievre" and "FIÈVRE" compare equal.
 *
 * The table is built once at load (no per-call work). Ligatures fold to two letters (œ → "oe"), which is why
 * folding works per token (the token keeps its original offsets) rather than on the whole string.
 */

const TABLE_SIZE = 0x250;
const FOLD: string[] = buildTable();

function buildTable(): string[] {
  const table: string[] = new Array<string>(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const lower = String.fromCharCode(code).toLowerCase();
    // NFD splits "é" into "e" + combining accent; dropping the combining marks keeps the base letter.
    table[code] = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  table[0x153] = 'oe'; // œ
  table[0x152] = 'oe'; // Œ
  table[0xe6] = 'ae'; // æ
  table[0xc6] = 'ae'; // Æ
  table[0xdf] = 'ss'; // ß
  return table;
}

/**
 * Folds one UTF-16 code unit. Characters outside the Latin tables are lowercased only.
 *
 * @example foldCode('É'.charCodeAt(0)) // 'e'
 */
export function foldCode(code: number): string {
  if (code < TABLE_SIZE) return FOLD[code] ?? '';
  return String.fromCharCode(code).toLowerCase();
}

/**
 * Folds a whole string (used at compile time and for short cue lookups).
 *
 * @example fold('Cœur ÉTOUFFÉ') // 'coeur etouffe'
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldCode(text.charCodeAt(i));
  return out;
}
