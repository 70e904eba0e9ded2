/**
 * Small values kept in this browser (localStorage), with a memory fallback for the tab when storage
 * is blocked or full (private windows, strict settings): reading and writing never throw.
 */
const memory = new Map<string, string>();

/** Key prefix of the release a screen last showed ("New since your last visit"): `<key>.region`, `<key>.AL`. */
export const LAST_RELEASE_KEY = 'roadmap-monitor.last-release';

export function readStored(key: string): string | null {
  try {
    const value = window.localStorage.getItem(key);
    if (value !== null) return value;
  } catch {
    // Storage blocked: the tab's memory copy is all there is.
  }
  return memory.get(key) ?? null;
}

export function writeStored(key: string, value: string): void {
  memory.set(key, value);
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage blocked or full: remembered for this tab only.
  }
}

/** For tests: forget the memory copies. */
export function clearMemoryStore(): void {
  memory.clear();
}
