/** Shared by the schema-agreement tests: the schema file, and both verdicts as sorted field paths. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateProfile } from '../../../core/organisation/validate';
import { schemaErrorPaths, type SchemaNode } from './json-schema-subset';

export const ROOT = path.resolve(__dirname, '../../..');
export const PROFILE_SCHEMA = JSON.parse(
  readFileSync(path.join(ROOT, 'content/schemas/organisation.schema.json'), 'utf8'),
) as SchemaNode;

export function validatorPaths(value: unknown): string[] {
  const result = validateProfile(value);
  return result.ok ? [] : [...new Set(result.errors.map((error) => error.path))].sort();
}

export function schemaPaths(value: unknown): string[] {
  return [...new Set(schemaErrorPaths(PROFILE_SCHEMA, value))].sort();
}
