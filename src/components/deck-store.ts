/**
 * The presenter's deck, kept in localStorage so that it survives reloads and is shared by the
 * tabs of one browser. Every chart frame can add its chart; /present reads and edits it.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { decodeDeck, encodeDeck, type Slide } from '../domain/deck';

export const DECK_STORAGE_KEY = 'roadmap-monitor.deck';

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedDeck: Slide[] = [];

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(DECK_STORAGE_KEY);
  } catch {
    return null;
  }
}

function snapshot(): Slide[] {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedDeck = raw ? decodeDeck(raw).slides : [];
  }
  return cachedDeck;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === DECK_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function writeDeck(slides: readonly Slide[]): void {
  try {
    if (slides.length === 0) window.localStorage.removeItem(DECK_STORAGE_KEY);
    else window.localStorage.setItem(DECK_STORAGE_KEY, encodeDeck(slides));
  } catch {
    // Storage unavailable: the deck still travels in the ?slides= link.
  }
  for (const listener of listeners) listener();
}

/** The stored deck (empty when nothing was chosen) and a setter. */
export function useStoredDeck(): [Slide[], (slides: readonly Slide[]) => void] {
  const deck = useSyncExternalStore(subscribe, snapshot, () => []);
  const set = useCallback((slides: readonly Slide[]) => writeDeck(slides), []);
  return [deck, set];
}
