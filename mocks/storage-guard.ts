/**
 * msw (2.15) reads localStorage while its module is evaluated (its cookie store) and does not catch
 * the error a browser throws when storage is blocked (cookies blocked, a third-party frame): the
 * import of msw fails and the app never starts. This module is imported by browser.ts before msw.
 * When localStorage cannot be read, it puts an empty stand-in in its place while msw's modules
 * evaluate (msw then keeps its cookies in memory, as it does where there is no storage), and
 * `restoreLocalStorage()`, called by browser.ts once msw has loaded, puts the real one back.
 * The mock handlers set no cookies, so msw never writes to localStorage afterwards.
 */

let restore: (() => void) | null = null;

function readable(): boolean {
  try {
    window.localStorage.getItem('roadmap-monitor.probe');
    return true;
  } catch {
    return false;
  }
}

if (typeof window !== 'undefined' && !readable()) {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  try {
    Object.defineProperty(window, 'localStorage', { configurable: true, enumerable: true, value: {} });
    restore = () => {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: unknown }).localStorage;
    };
  } catch {
    // The property cannot be replaced: msw will fail to load, and main.tsx starts the app without it.
  }
}

/** Puts the browser's own localStorage back (a no-op when it was readable). */
export function restoreLocalStorage(): void {
  restore?.();
  restore = null;
}
