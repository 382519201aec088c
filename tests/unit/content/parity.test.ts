/**
 * Locale parity: every item exists in French, English and easy-to-read French, with the same structure
 * (same keys, same list lengths, same ids, links and numbers). Easy-to-read items may hold several short
 * sentences where French has one long one, but never more or fewer items.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSIONS } from '../../../scripts/compile-content';
import { FILES, versionBlocks } from './content-files';

/** Keys whose values must be identical in every version (they are data, not text). */
const VERBATIM_KEYS = new Set(['id', 'url', 'href', 'numbers']);

function shape(node: unknown, key = ''): unknown {
  if (VERBATIM_KEYS.has(key)) return node;
  if (typeof node === 'string') return 'text';
  if (Array.isArray(node)) return node.map((item) => shape(item));
  if (typeof node === 'object' && node !== null) {
    return Object.fromEntries(Object.entries(node).map(([childKey, value]) => [childKey, shape(value, childKey)]));
  }
  return typeof node;
}

describe.each(FILES.map((file) => [file.path, file] as const))('content/%s', (_, file) => {
  const blocks = versionBlocks(file.data);

  it('has at least one translated block', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('every block has every version, with the same structure', () => {
    for (const { path, block } of blocks) {
      expect(Object.keys(block), path).toEqual([...CONTENT_VERSIONS]);
      for (const version of CONTENT_VERSIONS) {
        expect(shape(block[version]), `${path}: ${version} differs from fr`).toEqual(shape(block.fr));
      }
    }
  });
});
