import { describe, expect, it } from 'vitest';
import { GRID_SHADES, GRID_TEXT } from '../../../src/components/chart-drawing';
import { SHADE_STEPS } from '../../../src/domain/overview-progress';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('grid shades (the completion grid drawing)', () => {
  it('has one shade per step, light to dark', () => {
    expect(GRID_SHADES).toHaveLength(SHADE_STEPS);
    const lum = GRID_SHADES.map(luminance);
    for (let i = 1; i < lum.length; i += 1) expect(lum[i]).toBeLessThan(lum[i - 1]!);
  });
  it('keeps the cell text at 4.5:1 contrast or more on every shade', () => {
    for (const shade of GRID_SHADES) expect(contrast(GRID_TEXT, shade)).toBeGreaterThanOrEqual(4.5);
  });
});

