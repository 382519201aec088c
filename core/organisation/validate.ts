/**
 * Validates an organisation profile (an imported file or a policy value) against the rules in
 * rules.ts. Never throws: the result is either a clean copy of the profile or the list of every
 * problem with its field path, so the caller can refuse the whole profile and keep the previous one.
 *
 *   validateProfile({ name: 'Asso', contacts: [{ label: 'Écoute', phone: '12' }] })
 *   // → { ok: false, errors: [{ path: 'contacts[0].phone', message: 'numéro mal formé : …' }] }
 */
import type { UiLanguage } from '../i18n';
import { errorMessage, typeName, type ErrorCode, type TypeName } from './error-messages';
import { HTTPS_URL_PATTERN, NON_BLANK_PATTERN, PHONE_PATTERN, PROFILE_RULE, type Rule } from './rules';
import { MAX_PROFILE_BYTES, type OrganisationProfile, type ProfileError, type ProfileValidation } from './types';

const PHONE = new RegExp(PHONE_PATTERN);
const HTTPS_URL = new RegExp(HTTPS_URL_PATTERN);
const NON_BLANK = new RegExp(NON_BLANK_PATTERN);

/** Parses then validates the text of a profile file (refused above MAX_PROFILE_BYTES). */
export function parseProfileText(text: string, language: UiLanguage = 'fr'): ProfileValidation {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PROFILE_BYTES) return tooLarge(bytes, language);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: errorMessage(language, 'json', detail) }] };
  }
  return validateProfile(value, language);
}

/** The size refusal, also used before reading a file whose size is already known. */
export function tooLarge(bytes: number, language: UiLanguage = 'fr'): ProfileValidation {
  const kilobytes = String(Math.ceil(bytes / 1024));
  return { ok: false, errors: [{ path: '', message: errorMessage(language, 'tooLarge', kilobytes) }] };
}

/** Validates an already parsed value (a policy value from storage.managed, or parsed JSON). */
export function validateProfile(value: unknown, language: UiLanguage = 'fr'): ProfileValidation {
  const errors: ProfileError[] = [];
  const report: Report = (path, code, ...args) => {
    errors.push({ path, message: errorMessage(language, code, ...args) });
    return undefined;
  };
  const clean = check(PROFILE_RULE, value, '', report, language);
  if (errors.length > 0 || clean === undefined) {
    return { ok: false, errors: errors.length > 0 ? errors : [{ path: '', message: 'invalid' }] };
  }
  return { ok: true, profile: clean as unknown as OrganisationProfile };
}

/** Records a problem; returns undefined so a check can `return report(…)`. */
type Report = (path: string, code: ErrorCode, ...args: string[]) => undefined;

/** Returns a copy of the value holding only known fields, or undefined (after reporting) if it is wrong. */
function check(rule: Rule, value: unknown, path: string, report: Report, language: UiLanguage): unknown {
  const wrongType = (type: TypeName) => report(path, 'type', typeName(language, type));
  switch (rule.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? value : wrongType('boolean');
    case 'string': {
      if (typeof value !== 'string') return wrongType('string');
      if (!NON_BLANK.test(value)) return report(path, 'empty');
      // Code points, as JSON Schema's maxLength counts them (an emoji is one character, not two).
      if ([...value].length > rule.maxLength) return report(path, 'maxLength', String(rule.maxLength));
      if (rule.format === 'phone' && !PHONE.test(value)) return report(path, 'phone');
      if (rule.format === 'https-url' && !isHttpsUrl(value)) return report(path, 'https');
      return value;
    }
    case 'enum': {
      if (typeof value !== 'string') return wrongType('string');
      if (!rule.values.includes(value)) return report(path, 'enum', value.slice(0, 40), rule.values.join(', '));
      return value;
    }
    case 'array': {
      if (!Array.isArray(value)) return wrongType('array');
      if (value.length > rule.maxItems) return report(path, 'maxItems', String(rule.maxItems));
      const seen = new Set<string>();
      const items = value.map((item: unknown, index) => {
        const itemPath = `${path}[${index}]`;
        const clean = check(rule.items, item, itemPath, report, language);
        if (rule.uniqueItems && typeof clean === 'string') {
          if (seen.has(clean)) report(itemPath, 'duplicate', clean);
          seen.add(clean);
        }
        return clean;
      });
      return items.includes(undefined) ? undefined : items;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType('object');
      const record = value as Record<string, unknown>;
      const clean: Record<string, unknown> = {};
      let valid = true;
      for (const key of Object.keys(record)) {
        const fieldRule = Object.hasOwn(rule.fields, key) ? rule.fields[key] : undefined;
        const fieldPath = path === '' ? key : `${path}.${key}`;
        if (fieldRule === undefined) {
          report(fieldPath, 'unknown');
          valid = false;
          continue;
        }
        const fieldValue = check(fieldRule, record[key], fieldPath, report, language);
        if (fieldValue === undefined) valid = false;
        else clean[key] = fieldValue;
      }
      for (const key of rule.required) {
        if (!Object.hasOwn(record, key)) {
          report(path === '' ? key : `${path}.${key}`, 'required');
          valid = false;
        }
      }
      return valid ? clean : undefined;
    }
  }
}

/** https only, parsable, with a real host and no embedded credentials. */
function isHttpsUrl(value: string): boolean {
  if (!HTTPS_URL.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
