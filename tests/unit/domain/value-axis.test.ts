import { describe, expect, it } from 'vitest';
import { valueDomain } from '../../../src/domain/value-axis';

describe('valueDomain', () => {
  it('holds every value and widens to round numbers', () => {
    expect(valueDomain([1173, 1867, 2325])).toEqual([1000, 2500]);
    expect(valueDomain([12.3, 14.9])).toEqual([12, 15]);
    expect(valueDomain([0.12, 0.37])).toEqual([0.1, 0.4]);
  });

  it('stays at or above zero for non-negative values, and handles a single value and negatives', () => {
    expect(valueDomain([3, 95])?.[0]).toBe(0);
    expect(valueDomain([50])).toEqual([45, 55]);
    expect(valueDomain([0])).toEqual([0, 1]);
    expect(valueDomain([-7, 4])).toEqual([-10, 5]);
  });

  it('is null without values, and skips missing ones instead of reading them as 0', () => {
    expect(valueDomain([])).toBeNull();
    expect(valueDomain([Number.NaN, null, undefined])).toBeNull();
    expect(valueDomain([500, null])?.[0]).toBeGreaterThan(0);
  });
});
