import { describe, expect, it } from 'vitest';
import { ANSWER_CHECK_IDS, PII_KINDS, RED_FLAG_CATEGORIES, TOPIC_IDS } from '../../../engine/types';
import { CONTENT_VERSIONS as RUNTIME_VERSIONS, NUMBER_IDS } from '../../../core/content-inpage';
import { CONTENT_VERSIONS } from '../../../scripts/compile-content';
import { FILES, file } from './content-files';

const kebab = (id: string) => id.replaceAll('_', '-');
const idsIn = (folder: string) => FILES.filter((candidate) => candidate.path.startsWith(`${folder}/`));

describe('content ids match the engine ids exactly', () => {
  it.each([
    ['checklists', RED_FLAG_CATEGORIES],
    ['cards', TOPIC_IDS],
    ['checks', ANSWER_CHECK_IDS],
  ] as const)('content/%s has one file per engine id, named after it', (folder, ids) => {
    const files = idsIn(folder);
    expect(files.map((candidate) => candidate.data.id).sort()).toEqual([...ids].sort());
    for (const candidate of files) {
      expect(candidate.path, 'file name is the kebab-case id').toBe(
        `${folder}/${kebab(String(candidate.data.id))}.yaml`,
      );
    }
  });

  it('questions cover every topic and every answer check, in engine order', () => {
    expect(Object.keys(file('questions/topics.yaml').data.items as object)).toEqual([...TOPIC_IDS]);
    expect(Object.keys(file('questions/checks.yaml').data.items as object)).toEqual([...ANSWER_CHECK_IDS]);
  });

  it('privacy texts cover every personal-data kind, in engine order', () => {
    expect(Object.keys(file('guidance/privacy.yaml').data.kinds as object)).toEqual([...PII_KINDS]);
  });

  it('numbers are listed once each, in the display order of NUMBER_IDS', () => {
    const entries = file('numbers/numbers.yaml').data.numbers as { id: string }[];
    expect(entries.map((entry) => entry.id)).toEqual([...NUMBER_IDS]);
  });

  it('the compiler and the accessors know the same versions', () => {
    expect([...CONTENT_VERSIONS]).toEqual([...RUNTIME_VERSIONS]);
  });

  it('file ids are unique within a folder (a topic and a red flag may share an id: pregnancy)', () => {
    const ids = FILES.map((candidate) => `${candidate.path.split('/')[0]}/${String(candidate.data.id)}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
