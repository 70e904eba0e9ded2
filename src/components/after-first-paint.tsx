import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children in a second, interruptible pass after the rest of the screen has been
 * committed, so that the browser paints the page's heading and key figures first and the heavier
 * sections below (charts, grids, tables) never hold that paint up or block input in one long task.
 * Until then it keeps `minHeight` free, so nothing jumps when they arrive. (An effect rather than
 * useDeferredValue: when the screen itself renders in a transition, as router navigations do,
 * useDeferredValue would render everything in one pass.)
 */
export function AfterFirstPaint({ children, minHeight }: { children: ReactNode; minHeight: number }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => setReady(true));
  }, []);
  return ready ? children : <div style={{ minHeight }} aria-hidden="true" />;
}
