/**
 * The README is the catalogue; these tests keep it true: the two Quick-start commands, the
 * supported-sites table (against sites/hosts.ts, the adapter files and the manifest matches), the
 * scripts table (against package.json) and CI running the README's test command.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from '../../sites/hosts';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

function section(title: string): string {
  const start = readme.indexOf(`## ${title}\n`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('README', () => {
  it('Quick start has exactly the two commands', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(section('Quick start'))?.[1] ?? '';
    expect(block.trim().split('\n')).toEqual(['npm install && npm run demo', 'npm test']);
  });

  it('CI runs the README test command on a clean install', () => {
    const ci = readFileSync(path.join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('lists every supported site, with its addresses and adapter file, in hosts.ts order', () => {
    const rows = tableRows(section('Supported sites'));
    expect(rows.map((row) => row[1]?.replace(/`/g, ''))).toEqual(SITE_HOSTS.map((site) => site.id));
    for (const site of SITE_HOSTS) {
      const row = rows.find((cells) => cells[1] === `\`${site.id}\``) ?? [];
      const hosts = site.matches.map((pattern) => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, ''));
      expect(row[2]?.split(', '), `addresses of ${site.id}`).toEqual(hosts);
      expect(row[3], `adapter link of ${site.id}`).toBe(`[sites/${site.id}.ts](sites/${site.id}.ts)`);
      expect(existsSync(path.join(root, 'sites', `${site.id}.ts`)), `sites/${site.id}.ts exists`).toBe(true);
    }
  });

  it('documents only scripts that exist', () => {
    const documented = [...section('Scripts').matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((match) => match[1]);
    const slashed = [...section('Scripts').matchAll(/` \/ `([\w:-]+)`/g)].map((match) => match[1]);
    for (const name of [...documented, ...slashed])
      expect(scripts, `package.json script "${name}"`).toHaveProperty(name!);
  });
});
