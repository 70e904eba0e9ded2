import { describe, expect, it } from 'vitest';
import { compareParam, parseCompare, toggleCompared } from '../../../src/domain/compare';

const ALL = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] as const;

describe('parseCompare', () => {
  it('means every code when the parameter is absent or empty', () => {
    expect(parseCompare(null, ALL)).toEqual({ selected: [...ALL], invalid: [], all: true });
    expect(parseCompare('', ALL)).toEqual({ selected: [...ALL], invalid: [], all: true });
  });

  it('keeps known codes in canonical order, case-insensitively, without repeats', () => {
    expect(parseCompare('rs,AL,al', ALL)).toEqual({ selected: ['AL', 'RS'], invalid: [], all: false });
  });

  it('reports unknown values and drops them', () => {
    expect(parseCompare('AL,ZZ,,ZZ, 12 ', ALL)).toEqual({ selected: ['AL'], invalid: ['ZZ', '12'], all: false });
  });

  it('falls back to every code when nothing known is left', () => {
    expect(parseCompare('ZZ,<script>', ALL)).toEqual({ selected: [...ALL], invalid: ['ZZ', '<script>'], all: true });
  });

  it('says when the list names every code', () => {
    expect(parseCompare('RS,MK,ME,XK,BA,AL', ALL).all).toBe(true);
  });
});

describe('compareParam and toggleCompared', () => {
  it('writes no parameter for all codes and a canonical list otherwise', () => {
    expect(compareParam([...ALL], ALL)).toBeUndefined();
    expect(compareParam(['RS', 'AL'], ALL)).toBe('AL,RS');
    expect(compareParam([], ALL)).toBeUndefined();
  });

  it('round-trips through parseCompare', () => {
    for (const selected of [['AL'], ['BA', 'RS'], ['XK', 'ME', 'MK']] as const) {
      expect(parseCompare(compareParam(selected, ALL) ?? null, ALL).selected).toEqual(selected);
    }
  });

  it('adds and removes a code, never leaving the selection empty', () => {
    expect(toggleCompared(['AL', 'RS'], 'BA', ALL)).toEqual(['AL', 'BA', 'RS']);
    expect(toggleCompared(['AL', 'RS'], 'AL', ALL)).toEqual(['RS']);
    expect(toggleCompared(['RS'], 'RS', ALL)).toEqual(['RS']);
  });
});
