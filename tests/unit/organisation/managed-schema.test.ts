/**
 * public/managed-schema.json (what Chrome/Edge check a policy value against) must describe the same
 * profile as content/schemas/organisation.schema.json: same field names and types, nothing more.
 * It stays loose on purpose (no patterns, enums or required fields): Chrome silently drops a policy
 * value that breaks its schema, whereas our validator lists every problem in the options page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SchemaNode } from './json-schema-subset';
import { PROFILE_SCHEMA, ROOT } from './schema-helpers';

const MANAGED = JSON.parse(readFileSync(path.join(ROOT, 'public/managed-schema.json'), 'utf8')) as SchemaNode;

interface Shape {
  type: string | undefined;
  properties?: Record<string, Shape>;
  items?: Shape;
}

function shape(node: SchemaNode): Shape {
  return {
    type: node.type,
    ...(node.properties && {
      properties: Object.fromEntries(
        Object.entries(node.properties)
          .filter(([key]) => key !== '$schema')
          .map(([key, child]) => [key, shape(child)]),
      ),
    }),
    ...(node.items && { items: shape(node.items) }),
  };
}

/** Keywords Chrome's policy schema parser understands (components/policy/core/common/schema.cc). */
const CHROME_KEYWORDS = new Set(['type', 'properties', 'items', 'title', 'description']);

function keywords(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  return Object.entries(record).flatMap(([key, value]) =>
    key === 'properties'
      ? Object.values(value as object).flatMap(keywords)
      : [key, ...(key === 'items' ? keywords(value) : [])],
  );
}

describe('managed schema', () => {
  it('is an object schema with one property, organisationProfile', () => {
    expect(MANAGED.type).toBe('object');
    expect(Object.keys(MANAGED.properties ?? {})).toEqual(['organisationProfile']);
  });

  it('describes the same fields with the same types as the profile schema', () => {
    expect(shape(MANAGED.properties!['organisationProfile']!)).toEqual(shape(PROFILE_SCHEMA));
  });

  it('uses only keywords Chrome accepts, so Chrome does not reject the whole schema', () => {
    expect([...new Set(keywords(MANAGED))].filter((keyword) => !CHROME_KEYWORDS.has(keyword))).toEqual([]);
  });
});
