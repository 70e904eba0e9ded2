/**
 * Thinning long series before charting (largest-triangle-three-buckets).
 *
 * The result is a subset of the input points, in order: no value is invented or averaged into the
 * output. The first and last points are always kept. Missing values (y null) stay visible as gaps:
 * a bucket that contains a missing value keeps one null point, so the chart still breaks the line.
 * Points are expected in ascending x order.
 */

export interface SeriesPoint {
  x: number;
  y: number | null;
}

type Known<T extends SeriesPoint> = T & { y: number };

function isKnown<T extends SeriesPoint>(p: T | undefined): p is Known<T> {
  return p !== undefined && p.y !== null;
}

function triangleArea(a: SeriesPoint & { y: number }, b: SeriesPoint & { y: number }, c: { x: number; y: number }): number {
  return Math.abs((a.x - c.x) * (b.y - a.y) - (a.x - b.x) * (c.y - a.y)) / 2;
}

/**
 * At most `maxPoints` points (an integer of 2 or more) from `points`; the input itself (copied) when
 * it is short enough.
 */
export function downsample<T extends SeriesPoint>(points: readonly T[], maxPoints: number): T[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError(`maxPoints must be an integer of at least 2, got ${maxPoints}`);
  if (points.length <= maxPoints) return points.slice();

  const first = points[0] as T;
  const last = points[points.length - 1] as T;
  const interior = points.slice(1, -1);
  const firstGap = interior.find((p) => p.y === null);

  // A bucket with a gap may keep two points (its null and its chosen value), so gaps halve the budget.
  const bucketCount = firstGap ? Math.floor((maxPoints - 2) / 2) : maxPoints - 2;
  if (bucketCount === 0) return firstGap && maxPoints >= 3 ? [first, firstGap, last] : [first, last];

  const buckets: T[][] = [];
  for (let k = 0; k < bucketCount; k += 1) {
    const start = Math.floor((k * interior.length) / bucketCount);
    const end = Math.floor(((k + 1) * interior.length) / bucketCount);
    buckets.push(interior.slice(start, end));
  }

  const out: T[] = [first];
  let anchor: Known<T> | undefined = isKnown(first) ? first : undefined;
  for (let k = 0; k < buckets.length; k += 1) {
    const bucket = buckets[k] ?? [];
    const known = bucket.filter(isKnown);
    const gap = bucket.find((p) => p.y === null);

    // The next bucket's average is the third corner of the triangle (the last point after the last bucket).
    const nextKnown = k + 1 < buckets.length ? (buckets[k + 1] ?? []).filter(isKnown) : isKnown(last) ? [last] : [];
    const next =
      nextKnown.length > 0
        ? {
            x: nextKnown.reduce((s, p) => s + p.x, 0) / nextKnown.length,
            y: nextKnown.reduce((s, p) => s + p.y, 0) / nextKnown.length,
          }
        : undefined;

    let chosen: Known<T> | undefined;
    let best = -1;
    for (const p of known) {
      // Without both neighbours, keep the point farthest from whichever neighbour there is.
      const score =
        anchor && next ? triangleArea(anchor, p, next) : anchor ? Math.abs(p.y - anchor.y) : next ? Math.abs(p.y - next.y) : 0;
      if (score > best) {
        best = score;
        chosen = p;
      }
    }

    const kept = [chosen, gap].filter((p): p is T => p !== undefined)
      .sort((a, b) => bucket.indexOf(a) - bucket.indexOf(b));
    out.push(...kept);
    if (chosen) anchor = chosen;
  }
  out.push(last);
  return out;
}
