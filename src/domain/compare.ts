/**
 * The compared set of a chart (`?compare=AL,RS`): parsing, writing and changing it. Pure, no React.
 */

export interface CompareSelection<C extends string> {
  /** The compared codes, in the order of `all`; never empty. */
  selected: C[];
  /** Values from the URL that are not codes of `all` (shown in a notice, then dropped). */
  invalid: string[];
  /** Whether every code is compared (the default, written as no parameter at all). */
  all: boolean;
}

/**
 * The compared set from `?compare=AL,RS`: codes are matched case-insensitively, repeated and unknown
 * ones are dropped, and the result keeps the order of `all`. No parameter, an empty one or one with
 * no known code means every code.
 */
export function parseCompare<C extends string>(raw: string | null, all: readonly C[]): CompareSelection<C> {
  const tokens = (raw ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token.length > 0);
  const wanted = new Set<string>();
  const invalid: string[] = [];
  for (const token of tokens) {
    const code = all.find((c) => c === token.toUpperCase());
    if (code) wanted.add(code);
    else if (!invalid.includes(token)) invalid.push(token);
  }
  const selected = all.filter((code) => wanted.has(code));
  if (selected.length === 0) return { selected: [...all], invalid, all: true };
  return { selected, invalid, all: selected.length === all.length };
}

/** The `?compare=` value for a selection: undefined (no parameter) when every code is compared. */
export function compareParam<C extends string>(selected: readonly C[], all: readonly C[]): string | undefined {
  const ordered = all.filter((code) => selected.includes(code));
  if (ordered.length === 0 || ordered.length === all.length) return undefined;
  return ordered.join(',');
}

/** The selection after ticking or unticking `code`; the last compared code cannot be removed. */
export function toggleCompared<C extends string>(selected: readonly C[], code: C, all: readonly C[]): C[] {
  const next = selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code];
  if (next.length === 0) return [...selected];
  return all.filter((c) => next.includes(c));
}
