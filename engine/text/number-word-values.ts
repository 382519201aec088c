/**
 * The values of numbers written as words (see engine/text/number-words.ts, which reads them), in a module of their own:
 * the tokeniser notes number words as it meets them (`Tokens.numberWords`), and number-words.ts imports the
 * tokeniser.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'] as const).map(
    (word, k) => [word, k + 2] as const,
  ),
  ...(['onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'] as const).map((word, k) => [word, k + 11] as const),
  ...(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const).map(
    (word, k) => [word, k + 2] as const,
  ),
  ...(
    ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const
  ).map((word, k) => [word, k + 11] as const),
  ...(['vingt', 'trente', 'quarante', 'cinquante', 'soixante'] as const).map(
    (word, k) => [word, (k + 2) * 10] as const,
  ),
  ...(['twenty', 'thirty', 'forty', 'fifty', 'sixty'] as const).map((word, k) => [word, (k + 2) * 10] as const),
]);
