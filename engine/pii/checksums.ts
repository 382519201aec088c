/**
 * Checksums that separate an identifier from a random number (see docs/pii.md and
 * shared/reference/french-identifiers.md §1, §7, §8). Inputs are already normalised: no separators.
 */

const SEX_DIGITS = '123478';

/**
 * NIR / matricule INS: 15 characters, `s aa mm dd ccc ooo kk`, départment `2A`/`2B` allowed (Corsica).
 * Checks the structure (sex digit, month, département) and the key `97 − (body mod 97)`, where the
 * body reads `2A` as 19 and `2B` as 18.
 * @example isValidNir('295109912611193') // true
 */
export function isValidNir(nir: string): boolean {
  return nir.length === 15 && isNirBody(nir.slice(0, 13)) && nirKey(nir.slice(0, 13)) === Number(nir.slice(13));
}

/** The 13-character body alone has a plausible structure (used next to a keyword, when the key is missing). */
export function isNirBody(body: string): boolean {
  if (body.length !== 13 || !SEX_DIGITS.includes(body[0]!)) return false;
  if (!/^\d{5}(?:\d\d|2[AB])\d{6}$/i.test(body)) return false;
  const month = Number(body.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  return body.slice(5, 7) !== '00';
}

/**
 * The key of a 13-character NIR body (Corsica: `2A` → 19, `2B` → 18), digit by digit: no string is built (slicing,
 * upper-casing and `Number` on the pieces took microseconds a call in Node on messages holding a non-Latin-1
 * character, such as a typographic apostrophe).
 */
export function nirKey(body: string): number {
  // 'a' (97) or 'b' (98) for a Corsican département, whatever its case; a digit stays below 97.
  const corsica = body.charCodeAt(6) | 0x20;
  let r = 0;
  for (let i = 0; i < 13; i++) {
    let digit = body.charCodeAt(i) - 48;
    if (corsica >= 97 && i === 5) digit = 1;
    else if (corsica >= 97 && i === 6) digit = corsica === 97 ? 9 : 8;
    r = (r * 10 + digit) % 97;
  }
  return 97 - r;
}

/** Remainder mod 97 of a string of digits and letters (A = 10 … Z = 35), computed in chunks. */
function mod97(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return -1;
  }
  return r;
}

/**
 * IBAN lengths by country (ISO 13616 registry, SWIFT; then partial-IBAN countries). A code absent here is not read
 * as an IBAN.
 * French overseas territories use FR.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ' +
    'ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 ' +
    'LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 ' +
    'QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30 ' +
    // Not in the registry but issued with the same mod-97 check (Nordea / SWIFT "partial IBAN" list): French-speaking
    // Africa (UEMOA 28, CEMAC 27), the Maghreb, Madagascar, Comoros… People there or sending money home paste them.
    'AO25 BF28 BJ28 CF27 CG27 CI28 CM27 CV25 DZ26 GA27 GQ27 GW25 HN28 IR26 KM27 MA28 MG27 ML28 MZ25 NE28 SN28 ' +
    'TD27 TG28'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

/**
 * IBAN (any country in the registry): right length for its country and mod-97 remainder 1.
 * @example isValidIban('FR7630006000011234567890189') // true
 */
export function isValidIban(iban: string): boolean {
  const s = iban.toUpperCase();
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length || !/^[A-Z]{2}\d\d[A-Z0-9]+$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/**
 * French RIB (bank 5 + branch 5 + account 11 + key 2 = 23 characters): key = 97 − ((89·bank + 15·branch +
 * 3·account) mod 97), letters of the account read with the RIB table (A, J → 1; B, K, S → 2; …).
 */
export function isValidRib(rib: string): boolean {
  if (!/^\d{10}[A-Z0-9]{11}\d\d$/i.test(rib)) return false;
  const account = rib
    .slice(10, 21)
    .toUpperCase()
    .replace(/[A-Z]/g, (l) => String(((l.charCodeAt(0) - 65 + (l >= 'S' ? 1 : 0)) % 9) + 1));
  const sum = 89 * Number(rib.slice(0, 5)) + 15 * Number(rib.slice(5, 10)) + 3 * (Number(account) % 97);
  return 97 - (sum % 97) === Number(rib.slice(21));
}

/**
 * Luhn check on a string of digits.
 * @example luhnValid('4111111111111111') // true
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * A payment card number: a known network prefix with one of its lengths, and Luhn-valid. Visa 4 (13, 16, 19),
 * Mastercard 51–55 / 2221–2720 (16), Amex 34/37 (15), Diners 30/36/38 (14–19), JCB 35, Discover 6011/644–649/65
 * and UnionPay 62 (16–19).
 */
export function isValidCard(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  let lengthOk: boolean;
  if (digits[0] === '4') lengthOk = n === 13 || n === 16 || n === 19;
  else if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) lengthOk = n === 16;
  else if (p2 === 34 || p2 === 37) lengthOk = n === 15;
  else if (p2 === 30 || p2 === 36 || p2 === 38) lengthOk = n >= 14 && n <= 19;
  else if (p2 === 35 || p2 === 62 || p2 === 65 || p4 === 6011 || (p4 >= 6440 && p4 <= 6499))
    lengthOk = n >= 16 && n <= 19;
  else return false;
  return lengthOk && luhnValid(digits);
}
