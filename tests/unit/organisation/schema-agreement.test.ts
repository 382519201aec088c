/**
 * content/schemas/organisation.schema.json (what volunteers read and editors check against) and the
 * validator's rule table (what the extension enforces) must say the same thing: same fields, same
 * required ones, same enums, limits and patterns; and the same verdict on examples and bad inputs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HTTPS_URL_PATTERN,
  NON_BLANK_PATTERN,
  PHONE_PATTERN,
  PROFILE_RULE,
  type Rule,
} from '../../../core/organisation/rules';
import type { SchemaNode } from './json-schema-subset';
import { PROFILE_SCHEMA, ROOT, schemaPaths, validatorPaths } from './schema-helpers';

/** The schema fragment a rule should correspond to (descriptions left out). */
function expectedSchema(rule: Rule): SchemaNode {
  switch (rule.kind) {
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: rule.values };
    case 'string':
      return {
        type: 'string',
        minLength: 1,
        maxLength: rule.maxLength,
        pattern:
          rule.format === 'phone' ? PHONE_PATTERN : rule.format === 'https-url' ? HTTPS_URL_PATTERN : NON_BLANK_PATTERN,
      };
    case 'array':
      return {
        type: 'array',
        maxItems: rule.maxItems,
        ...(rule.uniqueItems && { uniqueItems: true }),
        items: expectedSchema(rule.items),
      };
    case 'object':
      return {
        type: 'object',
        additionalProperties: false,
        required: rule.required,
        properties: Object.fromEntries(Object.entries(rule.fields).map(([key, field]) => [key, expectedSchema(field)])),
      };
  }
}

/** The schema without its documentation keywords. */
function withoutDocs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDocs);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !['$schema', 'title', 'description'].includes(key))
      .map(([key, value]) => [key, key === 'properties' ? propertiesWithoutDocs(value) : withoutDocs(value)]),
  );
}

/** Property *names* are kept as they are ("$schema" is a field of the profile). */
function propertiesWithoutDocs(properties: unknown): unknown {
  return Object.fromEntries(Object.entries(properties as object).map(([key, value]) => [key, withoutDocs(value)]));
}

describe('schema file and validator rules', () => {
  it('have the same structure: fields, required fields, enums, limits, patterns', () => {
    expect(withoutDocs(PROFILE_SCHEMA)).toEqual(expectedSchema(PROFILE_RULE));
  });

  it('documents every field', () => {
    const undocumented: string[] = [];
    const visit = (node: SchemaNode & { description?: string }, at: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!(child as { description?: string }).description) undocumented.push(`${at}${key}`);
        visit(child, `${at}${key}.`);
        if (child.items) visit(child.items, `${at}${key}[].`);
      }
    };
    visit(PROFILE_SCHEMA, '');
    expect(undocumented).toEqual([]);
  });
});

describe('same verdict', () => {
  const examples = readdirSync(path.join(ROOT, 'examples'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(ROOT, 'examples', file), 'utf8')) as unknown);

  it.each(examples.map((example, index) => [index, example]))('example %i is valid for both', (_, example) => {
    expect(schemaPaths(example)).toEqual([]);
    expect(validatorPaths(example)).toEqual([]);
  });

  const bad: [string, unknown][] = [
    ['not an object', []],
    ['missing name', { description: 'x' }],
    ['blank name', { name: '  \n ' }],
    ['name too long', { name: 'x'.repeat(81) }],
    ['unknown field', { name: 'A', couleur: 'bleu' }],
    ['unknown nested field', { name: 'A', contacts: [{ label: 'L', phone: '3114', fax: '1' }] }],
    ['wrong type', { name: 'A', easyToRead: 'yes', contacts: {} }],
    ['http link', { name: 'A', resources: [{ title: 'T', url: 'http://example.org' }] }],
    ['credentials in link', { name: 'A', resources: [{ title: 'T', url: 'https://a:b@example.org' }] }],
    ['bad phone', { name: 'A', contacts: [{ label: 'L', phone: '01 23' }] }],
    ['bad enum', { name: 'A', defaultLanguage: 'es', enabledFeatures: ['x'] }],
    ['duplicate site', { name: 'A', enabledSites: ['claude', 'claude'] }],
    [
      'too many links',
      { name: 'A', resources: Array.from({ length: 13 }, () => ({ title: 'T', url: 'https://a.fr' })) },
    ],
    ['missing nested required', { name: 'A', resources: [{ url: 'https://a.fr' }] }],
  ];

  it.each(bad)('%s: refused by both, at the same paths', (_, value) => {
    const paths = validatorPaths(value);
    expect(paths.length).toBeGreaterThan(0);
    expect(schemaPaths(value)).toEqual(paths);
  });
});
