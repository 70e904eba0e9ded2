import { describe, expect, it } from 'vitest';
import { downsample, type SeriesPoint } from '../../../src/domain/downsample';

const line = (n: number, y: (i: number) => number | null = (i) => Math.sin(i / 5) * 10): SeriesPoint[] =>
  Array.from({ length: n }, (_, i) => ({ x: i, y: y(i) }));

describe('downsample', () => {
  it('returns the input unchanged when short enough', () => {
    const points = line(10);
    expect(downsample(points, 10)).toEqual(points);
    expect(downsample(points, 50)).toEqual(points);
    expect(downsample([], 5)).toEqual([]);
  });

  it('never returns more than maxPoints and keeps first and last', () => {
    const points = line(1000);
    for (const max of [2, 3, 4, 10, 99, 500]) {
      const out = downsample(points, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out[0]).toBe(points[0]);
      expect(out[out.length - 1]).toBe(points[999]);
    }
  });

  it('uses the whole budget when there are no gaps', () => {
    expect(downsample(line(1000), 100)).toHaveLength(100);
  });

  it('only returns input points, in input order', () => {
    const points = line(500);
    const out = downsample(points, 40);
    let last = -1;
    for (const p of out) {
      const index = points.indexOf(p);
      expect(index).toBeGreaterThan(last);
      last = index;
    }
  });

  it('keeps a spike', () => {
    const points = line(1000, (i) => (i === 437 ? 1000 : 1));
    expect(downsample(points, 20).some((p) => p.y === 1000)).toBe(true);
  });

  it('keeps gaps as null points', () => {
    const points = line(1000, (i) => (i >= 400 && i < 410 ? null : i));
    const out = downsample(points, 50);
    expect(out.length).toBeLessThanOrEqual(50);
    const gapIndex = out.findIndex((p) => p.y === null);
    expect(gapIndex).toBeGreaterThan(0);
    // The gap sits between values before and after it.
    expect(out[gapIndex - 1]?.x).toBeLessThan(400);
    expect(out.slice(gapIndex + 1).some((p) => p.y !== null && p.x >= 410)).toBe(true);
  });

  it('keeps every gap when gaps are far apart', () => {
    const gaps = new Set([100, 300, 500, 700, 900]);
    const out = downsample(line(1000, (i) => (gaps.has(i) ? null : i)), 40);
    expect(out.filter((p) => p.y === null).map((p) => p.x)).toEqual([100, 300, 500, 700, 900]);
    expect(out.length).toBeLessThanOrEqual(40);
  });

  it('keeps a gap even with a budget of 3', () => {
    const out = downsample(line(100, (i) => (i === 50 ? null : i)), 3);
    expect(out.map((p) => p.y)).toEqual([0, null, 99]);
  });

  it('keeps null endpoints', () => {
    const points = line(100, (i) => (i === 0 || i === 99 ? null : i));
    const out = downsample(points, 10);
    expect(out[0]).toBe(points[0]);
    expect(out[out.length - 1]).toBe(points[99]);
  });

  it('copes with series that are entirely missing', () => {
    const out = downsample(line(100, () => null), 10);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out.every((p) => p.y === null)).toBe(true);
  });

  it('keeps extra properties of the points', () => {
    const points = Array.from({ length: 20 }, (_, i) => ({ x: i, y: i, label: `p${i}` }));
    expect(downsample(points, 5).every((p) => p.label === `p${p.x}`)).toBe(true);
  });

  it('rejects a budget below 2', () => {
    expect(() => downsample(line(10), 1)).toThrow(RangeError);
    expect(() => downsample(line(10), 2.5)).toThrow(RangeError);
  });
});
