import { describe, expect, it } from 'vitest';
import { niceStep, valueDomain } from '../../../src/domain/value-axis';

describe('valueDomain', () => {
  it('holds every value on round bounds of about four round steps', () => {
    expect(valueDomain([1173, 1867, 2325])).toEqual([1000, 2500]);
    expect(valueDomain([12.3, 14.9])).toEqual([12, 15]);
    expect(valueDomain([0.12, 0.37])).toEqual([0.1, 0.4]);
    // A baseline of 16.1 and a target of 87.6 stay in view.
    expect(valueDomain([16.1, 29.2, 54.7, 87.6])).toEqual([0, 100]);
  });

  it('leaves a step of room where a bound would touch a value, except at zero', () => {
    expect(valueDomain([20, 80])).toEqual([0, 100]);
    expect(valueDomain([0, 40])).toEqual([0, 50]);
    expect(valueDomain([110, 90, 100])).toEqual([85, 115]);
  });

  it('stays at or above zero for non-negative values, and handles a single value and negatives', () => {
    expect(valueDomain([3, 95])).toEqual([0, 100]);
    expect(valueDomain([50])).toEqual([40, 60]);
    expect(valueDomain([0])).toEqual([0, 0.25]);
    expect(valueDomain([-7, 4])).toEqual([-10, 5]);
    expect(valueDomain([-3, 5])?.[0]).toBeLessThan(-3);
  });

  it('is null without values, and skips missing ones instead of reading them as 0', () => {
    expect(valueDomain([])).toBeNull();
    expect(valueDomain([Number.NaN, null, undefined])).toBeNull();
    expect(valueDomain([500, null])?.[0]).toBeGreaterThan(0);
  });
});

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 7, 17.875, 0.03].map(niceStep)).toEqual([1, 1, 2, 2.5, 5, 10, 20, 0.05]);
    expect(niceStep(0)).toBe(1);
  });
});
