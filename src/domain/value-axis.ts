/** The value axis of a chart: ONE rule for the range every line chart of values uses. Pure. */

function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * A value-axis range that holds every value (so that a baseline or target outside the observed
 * values still shows), widened to round numbers. Null when there is no value. Ranges of
 * non-negative values do not go below zero.
 */
export function valueDomain(values: readonly (number | null | undefined)[]): [number, number] | null {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return null;
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = 10 ** Math.floor(Math.log10(hi - lo)) / 2;
  const niceLo = tidy(Math.floor(lo / step) * step);
  const niceHi = tidy(Math.ceil(hi / step) * step);
  return [Math.min(...finite) >= 0 ? Math.max(0, niceLo) : niceLo, niceHi];
}
