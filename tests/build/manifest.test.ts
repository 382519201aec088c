/**
 * Manifest snapshot: what the extension may access is a reviewed decision. Changing permissions,
 * host access, content-script matches or the CSP means updating manifest.expected.json in the same
 * commit (and PRIVACY.md, which explains each permission).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, REPO_ROOT } from '../../scripts/chromium';
import { ALL_CHATBOT_MATCHES } from '../../sites/hosts';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  storage?: unknown;
}

const manifest = JSON.parse(readFileSync(path.join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8')) as Manifest;
const expected = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests/build/manifest.expected.json'), 'utf8'),
) as unknown;

function accessSurface(m: Manifest) {
  return {
    manifest_version: m.manifest_version,
    permissions: [...(m.permissions ?? [])].sort(),
    optional_permissions: [...(m.optional_permissions ?? [])].sort(),
    host_permissions: [...(m.host_permissions ?? [])].sort(),
    content_script_matches: [...new Set((m.content_scripts ?? []).flatMap((script) => script.matches))].sort(),
    content_security_policy: m.content_security_policy ?? null,
    externally_connectable: m.externally_connectable ?? null,
    web_accessible_resources: m.web_accessible_resources ?? null,
    storage: m.storage ?? null,
  };
}

describe('chrome-mv3 manifest', () => {
  it('matches the reviewed snapshot (tests/build/manifest.expected.json)', () => {
    expect(accessSurface(manifest), 'access changed: review it, then update manifest.expected.json').toEqual(expected);
  });

  it('injects the content script exactly on the supported chatbot sites (sites/hosts.ts)', () => {
    expect(accessSurface(manifest).content_script_matches).toEqual([...ALL_CHATBOT_MATCHES].sort());
  });

  it('allows no remote code in extension pages', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|unsafe-inline/);
  });
});
