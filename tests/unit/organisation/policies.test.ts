/**
 * The example policy files in docs/policies/ are what IT volunteers copy: they must target the
 * extension's real ids and carry a profile the extension accepts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../../core/organisation/validate';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../scripts/extension-identity';
import { ROOT } from './schema-helpers';

const DIR = path.join(ROOT, 'docs', 'policies');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

describe('example policy files', () => {
  it('are the documented set', () => {
    expect(readdirSync(DIR).sort()).toEqual([
      'chrome-linux-force-install.json',
      'chrome-windows-profile.reg',
      'chromium-linux-profile.json',
      'edge-windows-profile.reg',
      'firefox-policies.json',
    ]);
  });

  it('Chrome/Chromium on Linux: 3rdparty.extensions.<fixed id>.organisationProfile is a valid profile', () => {
    const policy = JSON.parse(read('chromium-linux-profile.json')) as {
      '3rdparty': { extensions: Record<string, { organisationProfile: unknown }> };
    };
    expect(Object.keys(policy['3rdparty'].extensions)).toEqual([CHROME_EXTENSION_ID]);
    expect(validateProfile(policy['3rdparty'].extensions[CHROME_EXTENSION_ID]!.organisationProfile).ok).toBe(true);
  });

  it('Firefox: policies.3rdparty.Extensions.<gecko id> is a valid profile, and the install entry uses the same id', () => {
    const { policies } = JSON.parse(read('firefox-policies.json')) as {
      policies: {
        ExtensionSettings: Record<string, { installation_mode: string }>;
        '3rdparty': { Extensions: Record<string, { organisationProfile: unknown }> };
      };
    };
    expect(Object.keys(policies.ExtensionSettings)).toEqual([GECKO_ID]);
    expect(Object.keys(policies['3rdparty'].Extensions)).toEqual([GECKO_ID]);
    expect(validateProfile(policies['3rdparty'].Extensions[GECKO_ID]!.organisationProfile).ok).toBe(true);
  });

  it.each(['chrome-windows-profile.reg', 'edge-windows-profile.reg'])(
    '%s: ASCII, CRLF, the right key, and a profile that validates once regedit unescapes it',
    (file) => {
      const text = read(file);
      // ASCII only, so regedit reads it the same whatever the file encoding it assumes.
      expect(/^[\x20-\x7e\r\n]*$/.test(text)).toBe(true);
      expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
      expect(text).toContain(`\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy]`);
      const line = /^"organisationProfile"="(.*)"\r$/m.exec(text)?.[1];
      expect(line).toBeDefined();
      const json = line!.replace(/\\(["\\])/g, '$1');
      expect(validateProfile(JSON.parse(json)).ok).toBe(true);
    },
  );
});
