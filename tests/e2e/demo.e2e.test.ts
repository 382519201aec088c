/**
 * The README's first command ends in `npm run demo`; its headless mode must keep producing both
 * screenshots from the built extension on the built-in conversation.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/chromium';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('npm run demo -- --headless', () => {
  it('writes a screenshot of the page and one of the side panel', () => {
    const output = path.join(REPO_ROOT, 'demo-output');
    rmSync(output, { recursive: true, force: true });
    const stdout = execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts', '--headless'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(stdout).toContain('Screenshots written');
    for (const name of ['page.png', 'side-panel.png']) {
      const file = readFileSync(path.join(output, name));
      expect(file.subarray(0, 8).equals(PNG_SIGNATURE), `${name} is a PNG`).toBe(true);
      expect(file.length).toBeGreaterThan(5_000);
    }
  }, 120_000);

  it('explains how to get Chromium when there is none', () => {
    let failure: { status?: number; stderr?: string } = {};
    try {
      execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts', '--headless'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
        stdio: 'pipe',
      });
    } catch (error) {
      failure = error as { status?: number; stderr?: string };
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toContain('apt-get install chromium');
    expect(failure.stderr).toContain('CHROME_PATH');
  });
});
