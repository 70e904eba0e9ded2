/**
 * Links between screens keep what the user chose that applies everywhere: the reporting period,
 * and, with the mock API, the tester's scenario. Nothing else travels (filters belong to a screen).
 */
export const CARRIED_PARAMS = ['period', 'scenario'] as const;

/** "?period=2024-H2" (or "") from the current search, keeping only the carried parameters. */
export function carriedSearch(current: URLSearchParams | string): string {
  const from = typeof current === 'string' ? new URLSearchParams(current) : current;
  const next = new URLSearchParams();
  for (const key of CARRIED_PARAMS) {
    const value = from.get(key);
    if (value) next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** A path with the carried parameters of the current search, and extra ones (undefined drops a key). */
export function linkTo(path: string, current: URLSearchParams | string, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams(carriedSearch(current));
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return `${path}${text ? `?${text}` : ''}`;
}
