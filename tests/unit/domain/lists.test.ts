/** Lists joined in the page's language ("A, B and C"). */
import { describe, expect, it } from 'vitest';
import { formatList } from '../../../src/domain/lists';

const lists = [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']];

describe('formatList', () => {
  // Node has full ICU; Debian's Chromium has no list patterns for sq, mk and bs.
  for (const locale of ['sq', 'mk', 'bs', 'bs-Latn-BA']) {
    it(`joins items in ${locale} as CLDR does`, () => {
      const intl = new Intl.ListFormat(locale, { type: 'conjunction' });
      for (const items of lists) expect(formatList(items, locale)).toBe(intl.format(items));
    });
  }

  it('writes the region’s “and”, never the English one', () => {
    expect(formatList(['3 on track', '2 need faster progress', '1 cannot be assessed'], 'mk')).toBe('3 on track, 2 need faster progress и 1 cannot be assessed');
    expect(formatList(['a', 'b'], 'sq')).toBe('a dhe b');
  });

  it('leaves every other locale to Intl', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(formatList(['A', 'B', 'C'], 'sr-Cyrl')).toBe(new Intl.ListFormat('sr-Cyrl', { type: 'conjunction' }).format(['A', 'B', 'C']));
  });
});
