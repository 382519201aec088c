/**
 * useSettings() applies the page's language, theme and text size to <html>. A second caller on the same
 * page starts from the defaults when it mounts (a lazy part mounts late) and re-applies them until its own
 * read ends: the page flashes back to the light theme and `lang` says French under English text. So each
 * page calls it once, at its root, and passes what parts need down as props.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(dir, file));
}

describe('page settings', () => {
  const callers = [...sources(path.join(root, 'entrypoints')), ...sources(path.join(root, 'components'))].filter(
    (file) => /\buseSettings\(\)\s*;/.test(readFileSync(file, 'utf8')),
  );

  it('each page reads them once, in its root component', () => {
    expect(callers.map((file) => path.relative(root, file))).toContain(
      path.join('entrypoints', 'sidepanel', 'side-panel-app.tsx'),
    );
    const perPage = new Map<string, number>();
    for (const file of callers) {
      const page = path.relative(root, file).split(path.sep).slice(0, 2).join('/');
      perPage.set(page, (perPage.get(page) ?? 0) + 1);
    }
    for (const [page, count] of perPage) expect(count, page).toBe(1);
  });
});
