import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index';
import { loadCorpus } from '../../corpus/scorer';

describe('analyze({ personalData: false })', () => {
  it('skips the privacy reader only', () => {
    const text = 'Ma mère a une douleur dans la poitrine, rappelez-moi au 06 12 34 56 78.';
    expect(analyze({ text }).pii).toMatchObject([{ kind: 'phone' }]);
    const without = analyze({ text, personalData: false });
    expect(without.pii).toEqual([]);
    expect(without.redFlags).toMatchObject([{ category: 'cardiac' }]);
  });

  it('finds the same topics, red flags and checks as a full analysis on every corpus item', () => {
    for (const item of loadCorpus()) {
      const input = { text: item.text, role: item.role, lang: item.lang };
      const { pii: _pii, ...full } = analyze(input);
      const { pii, ...rest } = analyze({ ...input, personalData: false });
      expect(pii, item.id).toEqual([]);
      expect(rest, item.id).toEqual(full);
    }
  });
});
