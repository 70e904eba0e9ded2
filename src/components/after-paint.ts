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

/** How long to wait for the browser's report of a paint before going on without it. */
export const PAINT_REPORT_TIMEOUT_MS = 500;

/** Whether the browser reports its largest paints (Chromium, Firefox). */
function reportsPaints(): boolean {
  return typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes ?? []).includes('largest-contentful-paint');
}

/**
 * Runs `then` once the browser has drawn what the page rendered before the call.
 *
 * Where the browser reports its largest paints, that is its first report of a paint after the call:
 * the screen's headline, on screen (a frame callback only says that a frame has begun, and on a busy
 * phone the frame may be shown a frame or two later, after the deferred code had already been asked
 * for). Elsewhere, and when no report comes (nothing larger than before was drawn, or the reader has
 * already scrolled or typed, after which browsers stop reporting), the second frame callback: a frame
 * callback runs before its frame is painted, so the second one runs after the first has been drawn.
 * Returns a function that cancels it.
 */
export function afterPaint(then: () => void): () => void {
  const since = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let observer: PerformanceObserver | undefined;
  let finished = false;
  const cancel = () => {
    finished = true;
    observer?.disconnect();
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const done = () => {
    if (finished) return;
    cancel();
    painted = true;
    then();
  };
  const reported = reportsPaints();
  if (reported) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.startTime >= since)) done();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  }
  const fallbackDelay = reported ? PAINT_REPORT_TIMEOUT_MS : 0;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(done, fallbackDelay);
    return cancel;
  }
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      timer = setTimeout(done, fallbackDelay);
    });
  });
  return cancel;
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
