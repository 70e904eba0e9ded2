/**
 * Leader and laggard: the one rule behind every "X leads, Y trails" sentence.
 * - Items without a value are left out.
 * - Ties keep the earlier item (items come in the order the API lists them: jurisdictions
 *   alphabetically, pillars by number), so the same data always names the same two.
 * - When the best and the weakest show the same figure once formatted, the items are "level":
 *   a sentence naming a leader and a laggard with equal figures would mislead.
 */
export type Extremes<T> =
  | { kind: 'none' }
  | { kind: 'single'; only: T; value: number }
  | { kind: 'level'; value: number; count: number }
  | { kind: 'spread'; best: T; bestValue: number; weakest: T; weakestValue: number };

export interface ExtremesOptions<T> {
  value: (item: T) => number | null | undefined;
  /** 'higher' (default): larger is better; 'lower': smaller is better. */
  direction?: 'higher' | 'lower';
  /** The figure as shown; equal texts for best and weakest mean "level". */
  format: (value: number) => string;
}

export function extremes<T>(items: readonly T[], { value, direction = 'higher', format }: ExtremesOptions<T>): Extremes<T> {
  const d = direction === 'lower' ? -1 : 1;
  let best: { item: T; value: number } | null = null;
  let weakest: { item: T; value: number } | null = null;
  let count = 0;
  for (const item of items) {
    const v = value(item);
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    count += 1;
    if (!best || d * (v - best.value) > 0) best = { item, value: v };
    if (!weakest || d * (v - weakest.value) < 0) weakest = { item, value: v };
  }
  if (!best || !weakest) return { kind: 'none' };
  if (count === 1) return { kind: 'single', only: best.item, value: best.value };
  if (format(best.value) === format(weakest.value)) return { kind: 'level', value: best.value, count };
  return { kind: 'spread', best: best.item, bestValue: best.value, weakest: weakest.item, weakestValue: weakest.value };
}
