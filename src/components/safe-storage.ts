/**
 * One value kept in localStorage or sessionStorage that keeps working when the browser refuses
 * storage: access throws SecurityError (cookies blocked, a third-party frame), or a write throws
 * QuotaExceededError (storage full). The value then lives in memory for the rest of the visit, and
 * `remembered` turns false so that the UI can say the choice will not be remembered. A later write
 * that succeeds makes it remembered again.
 *
 * Used by the deck store, the projector theme and the mock API's scenario (mocks/browser.ts).
 */

export interface StoredState {
  /** The value (null when none is set). */
  value: string | null;
  /** False when the browser refused the last write: the value lasts only as long as this page. */
  remembered: boolean;
}

export interface SafeStore {
  /** The current state; the same object until the value or `remembered` changes. */
  read(): StoredState;
  /** Sets the value (null removes it) and returns the new state. */
  write(value: string | null): StoredState;
  /** Called on every write here and on changes of the key made in other tabs. */
  subscribe(listener: () => void): () => void;
}

/**
 * A store for `key` in the Storage that `storage` returns. `storage` is a function because reading
 * `window.localStorage` itself throws in some browsers when storage is blocked.
 */
export function createSafeStore(key: string, storage: () => Storage): SafeStore {
  const listeners = new Set<() => void>();
  /** The value written while the browser refused it; null while storage holds the value. */
  let memory: { value: string | null } | null = null;
  let state: StoredState = { value: null, remembered: true };

  function readStorage(): string | null {
    try {
      return storage().getItem(key);
    } catch {
      return null;
    }
  }

  function read(): StoredState {
    const value = memory ? memory.value : readStorage();
    const remembered = memory === null;
    if (value !== state.value || remembered !== state.remembered) state = { value, remembered };
    return state;
  }

  function write(value: string | null): StoredState {
    try {
      const area = storage();
      if (value === null) area.removeItem(key);
      else area.setItem(key, value);
      memory = null;
    } catch {
      memory = { value };
    }
    for (const listener of listeners) listener();
    return read();
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  }

  return { read, write, subscribe };
}

/** localStorage, for `createSafeStore` (the lookup itself may throw). */
export const local = (): Storage => window.localStorage;
/** sessionStorage, for `createSafeStore` (the lookup itself may throw). */
export const session = (): Storage => window.sessionStorage;
