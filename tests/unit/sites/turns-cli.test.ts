/**
 * `npm run turns`: spawned on a fixture like a reviewer would run it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from './load-page';

function turns(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/turns.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    // Safety net only (a hung child is killed); tsx + jsdom start-up takes seconds on a busy machine.
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fixture = path.join(fixturesDir, 'claude/streaming.html');

// No per-test time limit: the child process is bounded by spawnSync's own timeout above.
describe('turns CLI', { timeout: 0 }, () => {
  it('prints the expected JSON for a fixture, adapter chosen by --url', () => {
    const run = turns(fixture, '--url', 'https://claude.ai/chat/0b6e3c52-7d0a-4a57-9e2c-1f0d0a9e8b7c');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = JSON.parse(readFileSync(fixture.replace(/\.html$/, '.expected.json'), 'utf8'));
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });

  it('reads with the generic reader on --generic, whatever the URL', () => {
    const run = turns(fixture, '--url', 'https://example.com/chat/1234567890', '--generic');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.site).toBe('generic');
    expect(output.turns.map((turn: { role: string }) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(output.composer).toEqual({ found: true, kind: 'tiptap' });
  });

  it.each([
    ['no file', []],
    ['a missing file', ['does-not-exist.html', '--url', 'https://claude.ai/chat/x']],
    ['an unknown option', [fixture, '--bogus']],
    ['a URL with no adapter', [fixture, '--url', 'https://example.com/']],
    ['a malformed URL', [fixture, '--url', 'not a url']],
  ])('exits 2 with the usage on %s', (_label, args) => {
    const run = turns(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('usage: npm run --silent turns -- FILE.html --url');
  });
});
