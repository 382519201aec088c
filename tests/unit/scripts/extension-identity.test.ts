import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, EXTENSION_PUBLIC_KEY } from '../../../scripts/extension-identity';

describe('fixed extension id', () => {
  it('is the id Chrome derives from the manifest key (sha256 of the DER key, hex mapped to a–p)', () => {
    const digest = createHash('sha256').update(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64')).digest('hex');
    const id = [...digest.slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe(CHROME_EXTENSION_ID);
  });
});
