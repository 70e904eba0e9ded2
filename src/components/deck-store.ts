/**
 * The presenter's deck, kept in localStorage so that it survives reloads and is shared by the
 * tabs of one browser. Every chart frame can add its chart; /present reads and edits it. When the
 * browser refuses storage the deck lasts for the visit (see safe-storage.ts).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { decodeDeck, encodeDeck, type Slide } from '../domain/deck';
import { createSafeStore, local, type StoredState } from './safe-storage';

export const DECK_STORAGE_KEY = 'roadmap-monitor.deck';

const store = createSafeStore(DECK_STORAGE_KEY, local);

let cachedRaw: string | null | undefined;
let cachedDeck: Slide[] = [];

function deckOf(state: StoredState): Slide[] {
  if (state.value !== cachedRaw) {
    cachedRaw = state.value;
    cachedDeck = state.value ? decodeDeck(state.value).slides : [];
  }
  return cachedDeck;
}

const serverState: StoredState = { value: null, remembered: true };

/** Stores the deck; returns false when the browser refused it (it then lasts for this visit). */
export function writeDeck(slides: readonly Slide[]): boolean {
  return store.write(slides.length === 0 ? null : encodeDeck(slides)).remembered;
}

/**
 * The stored deck (empty when nothing was chosen), a setter that returns whether the deck is
 * remembered, and whether it is (false once the browser refused to store it).
 */
export function useStoredDeck(): [Slide[], (slides: readonly Slide[]) => boolean, boolean] {
  const state = useSyncExternalStore(store.subscribe, store.read, () => serverState);
  const set = useCallback((slides: readonly Slide[]) => writeDeck(slides), []);
  return [deckOf(state), set, state.remembered];
}
