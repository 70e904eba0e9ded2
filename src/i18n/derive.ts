/**
 * A catalogue kept as another's plus its own differences: Montenegrin (cnr) shares most of its
 * wording with Bosnian (bs), so `cnr/<name>.ts` holds only the strings that differ (e.g.
 * "sprovođenje" for "provođenje", "sajt" for "web-stranica"), and the rest comes from `bs/<name>.ts`.
 * A file with no differences is simply absent.
 */
type Tree = { readonly [key: string]: string | Tree };

/** `base` with every string of `overrides` in its place (nested objects merge; neither is changed). */
export function deriveCatalogue(base: unknown, overrides: unknown): unknown {
  if (!isTree(overrides)) return base;
  if (!isTree(base)) return overrides;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) out[key] = isTree(value) && isTree(base[key]) ? deriveCatalogue(base[key], value) : value;
  return out;
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
