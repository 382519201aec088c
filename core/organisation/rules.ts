/**
 * The profile's rules as data: one table read by the validator (validate.ts) and compared with
 * content/schemas/organisation.schema.json by a test, so the documented schema and the code that
 * enforces it cannot drift apart.
 */
import { SITE_HOSTS } from '../../sites/hosts';
import { FEATURE_IDS } from './types';

export type Rule =
  | { readonly kind: 'string'; readonly maxLength: number; readonly format?: 'phone' | 'https-url' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'array'; readonly items: Rule; readonly maxItems: number; readonly uniqueItems?: boolean }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Rule>>; readonly required: readonly string[] };

/**
 * A phone number as people write it: 10 digits starting with 0 ("01 23 45 67 89", "0 800 23 13 13"),
 * an international number ("+33 1 23 45 67 89"), or a short number ("15", "3114", "116 117").
 * Single spaces, dots or hyphens may separate digits. The schema file carries the same pattern.
 */
export const PHONE_PATTERN = '^(?:0(?:[ .-]?[0-9]){9}|\\+[1-9](?:[ .-]?[0-9]){6,13}|[1-9](?: ?[0-9]){1,5})$';

/** Any other text must hold at least one visible character (the schema says the same with "pattern"). */
export const NON_BLANK_PATTERN = '\\S';

/** https:// then a host; the validator also parses the URL (see validate.ts). */
export const HTTPS_URL_PATTERN = '^https://[^\\s/?#@]+(?:[/?#]\\S*)?$';

const LANGUAGES = ['auto', 'fr', 'en'] as const;

const CONTACT: Rule = {
  kind: 'object',
  required: ['label', 'phone'],
  fields: {
    label: { kind: 'string', maxLength: 80 },
    phone: { kind: 'string', maxLength: 30, format: 'phone' },
    hours: { kind: 'string', maxLength: 120 },
    sms: { kind: 'boolean' },
  },
};

const RESOURCE: Rule = {
  kind: 'object',
  required: ['title', 'url'],
  fields: {
    title: { kind: 'string', maxLength: 120 },
    url: { kind: 'string', maxLength: 500, format: 'https-url' },
  },
};

export const PROFILE_RULE = {
  kind: 'object',
  required: ['name'],
  fields: {
    $schema: { kind: 'string', maxLength: 500 },
    name: { kind: 'string', maxLength: 80 },
    description: { kind: 'string', maxLength: 300 },
    contacts: { kind: 'array', items: CONTACT, maxItems: 8 },
    resources: { kind: 'array', items: RESOURCE, maxItems: 12 },
    defaultLanguage: { kind: 'enum', values: LANGUAGES },
    easyToRead: { kind: 'boolean' },
    enabledSites: {
      kind: 'array',
      items: { kind: 'enum', values: SITE_HOSTS.map((site) => site.id) },
      maxItems: SITE_HOSTS.length,
      uniqueItems: true,
    },
    enabledFeatures: {
      kind: 'array',
      items: { kind: 'enum', values: FEATURE_IDS },
      maxItems: FEATURE_IDS.length,
      uniqueItems: true,
    },
    message: { kind: 'string', maxLength: 1000 },
  },
} as const satisfies Rule;
