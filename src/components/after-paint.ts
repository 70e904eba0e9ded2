/**
 * "Once the page has painted": for code and data that a screen shows below its headline and that
 * should not compete with the screen's own code and first data on a slow connection (on a phone
 * they start below the fold).
 *
 * Only the first screen a visit opens waits: once the app has painted, later screens get
 * everything at once.
 */
import { useEffect, useState } from 'react';

let painted = false;

/**
 * Runs `then` once the browser has presented the current frame: a frame callback runs before its
 * frame is painted, so the second one runs after the first has been drawn. (Soon, where frames are
 * not drawn.) Returns a function that cancels it.
 */
export function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    painted = true;
    then();
  };
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(done, 0);
    return () => clearTimeout(timer);
  }
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(done, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Whether the app has painted a screen already (a later screen need not wait). */
export function hasPainted(): boolean {
  return painted;
}

/** Whether the app has painted (true at once on every screen after the first). */
export function usePainted(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => (ready ? undefined : afterPaint(() => setReady(true))), [ready]);
  return ready;
}
