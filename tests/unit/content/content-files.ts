/**
 * Helpers shared by the content conformance tests: the loaded YAML files, a walk over every text, and the
 * measurable easy-to-read rule.
 */
import { CONTENT_VERSIONS, isVersionBlock, loadContentFiles, type ContentFile } from '../../../scripts/compile-content';

export const FILES: readonly ContentFile[] = loadContentFiles();

export function file(path: string): ContentFile {
  const found = FILES.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`content/${path} is missing`);
  return found;
}

export interface TextAt {
  readonly path: string;
  /** The version the text belongs to, or null for untranslated data (titles of sources, cities…). */
  readonly version: (typeof CONTENT_VERSIONS)[number] | null;
  readonly key: string;
  readonly text: string;
}

/** Every string in a file, with the version block it sits in. */
export function texts(node: unknown, path = '', version: TextAt['version'] = null, key = ''): TextAt[] {
  if (typeof node === 'string') return [{ path, version, key, text: node }];
  if (Array.isArray(node)) return node.flatMap((item, index) => texts(item, `${path}[${index}]`, version, key));
  if (typeof node === 'object' && node !== null) {
    const blockVersions = isVersionBlock(node);
    return Object.entries(node).flatMap(([childKey, value]) =>
      texts(
        value,
        `${path}.${childKey}`,
        blockVersions ? (childKey as TextAt['version']) : version,
        blockVersions ? key : childKey,
      ),
    );
  }
  return [];
}

/** Every version block ({fr, en, fr-easy}) in a file, with its path. */
export function versionBlocks(node: unknown, path = ''): { path: string; block: Record<string, unknown> }[] {
  if (isVersionBlock(node)) return [{ path, block: node as Record<string, unknown> }];
  if (Array.isArray(node)) return node.flatMap((item, index) => versionBlocks(item, `${path}[${index}]`));
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) => versionBlocks(value, `${path}.${key}`));
  }
  return [];
}

/**
 * Sentences of a text: split after . ! ? … followed by a space. A list item without final punctuation is
 * one sentence.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Words: runs of letters or digits (l’IA is one word, 116 117 two). */
export function wordCount(sentence: string): number {
  return sentence.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
