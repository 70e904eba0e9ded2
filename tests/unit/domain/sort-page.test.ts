import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/domain/sort';

describe('parsePage (?page= on the jurisdiction and pillar screens)', () => {
  it('reads a whole number from 1', () => {
    expect(parsePage(null)).toEqual({ page: 1, invalid: null });
    expect(parsePage('1')).toEqual({ page: 1, invalid: null });
    expect(parsePage('12')).toEqual({ page: 12, invalid: null });
    expect(parsePage('999999')).toEqual({ page: 999999, invalid: null });
  });

  it('falls back to page 1 and names anything else', () => {
    for (const raw of ['0', '-1', '1.5', 'two', '', ' 2', '2 ', '1e3', '1234567']) {
      expect(parsePage(raw)).toEqual({ page: 1, invalid: raw });
    }
  });
});
