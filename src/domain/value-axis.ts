/** The value axis of a chart: ONE rule for the range every line chart of values uses. Pure. */

/** A round step (1, 2, 2.5 or 5 times a power of ten) at least as large as `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function roundTo(value: number, step: number): number {
  // Removes floating-point noise such as 0.30000000000000004.
  return Number((Math.round(value / step) * step).toPrecision(12));
}

/**
 * A value-axis range on round numbers (about four round steps) that holds every value, so that a
 * baseline or target outside the observed values still shows; a bound that would touch a value gets
 * a step of room. Ranges of non-negative values do not go below zero. Null when there is no value;
 * missing values are skipped, never read as 0.
 */
export function valueDomain(values: readonly (number | null | undefined)[]): [number, number] | null {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return null;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const step = niceStep((max - min || Math.abs(max) || 1) / 4);
  let low = roundTo(Math.floor(min / step) * step, step);
  let high = roundTo(Math.ceil(max / step) * step, step);
  if (low >= min && low !== 0) low = roundTo(low - step, step);
  if (high <= max) high = roundTo(high + step, step);
  if (min >= 0 && low < 0) low = 0;
  return [low, high];
}
