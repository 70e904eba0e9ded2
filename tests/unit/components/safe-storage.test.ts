import { describe, expect, it, vi } from 'vitest';
import { createSafeStore } from '../../../src/components/safe-storage';

/** A Storage kept in a Map; `failWrites` makes setItem (and removeItem) throw `errorName`. */
class TestStorage implements Storage {
  readonly items = new Map<string, string>();
  failReads = false;
  failWrites = false;
  constructor(private readonly errorName: string) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('The operation is insecure.', this.errorName);
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', this.errorName);
    this.items.set(key, value);
  }
  removeItem(key: string) {
    if (this.failWrites && this.errorName === 'SecurityError') throw new DOMException('The operation is insecure.', this.errorName);
    this.items.delete(key);
  }
}

function blockedStorage(): TestStorage {
  const storage = new TestStorage('SecurityError');
  storage.failReads = true;
  storage.failWrites = true;
  return storage;
}

function fullStorage(): TestStorage {
  const storage = new TestStorage('QuotaExceededError');
  storage.failWrites = true;
  return storage;
}

describe('createSafeStore', () => {
  it('keeps the value in storage when the browser allows it', () => {
    const storage = new TestStorage('SecurityError');
    const store = createSafeStore('k', () => storage);
    expect(store.read()).toEqual({ value: null, remembered: true });
    expect(store.write('dark')).toEqual({ value: 'dark', remembered: true });
    expect(storage.items.get('k')).toBe('dark');
    expect(store.write(null)).toEqual({ value: null, remembered: true });
    expect(storage.items.has('k')).toBe(false);
  });

  it('with storage blocked (SecurityError on every call), keeps the value in memory and says it is not remembered', () => {
    const storage = blockedStorage();
    const store = createSafeStore('k', () => storage);
    expect(store.read()).toEqual({ value: null, remembered: true });
    expect(store.write('overview-status')).toEqual({ value: 'overview-status', remembered: false });
    expect(store.read()).toEqual({ value: 'overview-status', remembered: false });
    expect(store.write(null)).toEqual({ value: null, remembered: false });
    expect(storage.items.size).toBe(0);
  });

  it('when reading window.localStorage itself throws, behaves as with blocked storage', () => {
    const store = createSafeStore('k', () => {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window'", 'SecurityError');
    });
    expect(store.read().value).toBeNull();
    expect(store.write('dark')).toEqual({ value: 'dark', remembered: false });
  });

  it('with storage full (QuotaExceededError), the new value wins over the old stored one for the visit', () => {
    const storage = fullStorage();
    storage.items.set('k', 'old');
    const store = createSafeStore('k', () => storage);
    expect(store.read()).toEqual({ value: 'old', remembered: true });
    expect(store.write('new')).toEqual({ value: 'new', remembered: false });
    expect(store.read().value).toBe('new');
    expect(storage.items.get('k')).toBe('old');
  });

  it('is remembered again once a write succeeds', () => {
    const storage = fullStorage();
    const store = createSafeStore('k', () => storage);
    store.write('a');
    expect(store.read().remembered).toBe(false);
    storage.failWrites = false;
    expect(store.write('b')).toEqual({ value: 'b', remembered: true });
    expect(storage.items.get('k')).toBe('b');
  });

  it('returns the same state object until something changes, as useSyncExternalStore needs', () => {
    const store = createSafeStore('k', () => blockedStorage());
    const first = store.read();
    expect(store.read()).toBe(first);
    store.write('x');
    const second = store.read();
    expect(second).not.toBe(first);
    expect(store.read()).toBe(second);
  });

  it('tells subscribers about its own writes, failed ones included, and about other tabs changing the key', () => {
    const store = createSafeStore('k', () => blockedStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.write('x');
    expect(listener).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new StorageEvent('storage', { key: 'k' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other' }));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.write('y');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
