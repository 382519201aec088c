import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR } from '../../scripts/chromium';
import { NETWORK_ALLOWLIST } from '../../scripts/network-allowlist';
import { scanBuild } from '../../scripts/no-network-scan';

describe('built extension', () => {
  it('contains no network API outside the reviewed allow-list', () => {
    expect(existsSync(path.join(CHROME_BUILD_DIR, 'manifest.json')), 'run `npm run build` first').toBe(true);
    expect(scanBuild(CHROME_BUILD_DIR, NETWORK_ALLOWLIST)).toEqual([]);
  });

  it('every allow-list entry says why', () => {
    for (const entry of NETWORK_ALLOWLIST) expect(entry.reason.length).toBeGreaterThan(20);
  });
});
