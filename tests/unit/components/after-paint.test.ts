import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, hasPainted, PAINT_REPORT_TIMEOUT_MS } from '../../../src/components/after-paint';

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

describe('afterPaint', () => {
  it('waits until the frame in which it was asked has been drawn (the next frame has begun), then remembers it', async () => {
    expect(hasPainted()).toBe(false);
    const order: string[] = [];
    afterPaint(() => order.push('after paint'));
    requestAnimationFrame(() => requestAnimationFrame(() => order.push('next frame')));
    await frames(3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['next frame', 'after paint']);
    expect(hasPainted()).toBe(true);
  });

  it('does nothing once cancelled', async () => {
    let ran = false;
    const cancel = afterPaint(() => {
      ran = true;
    });
    cancel();
    await frames(3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toBe(false);
  });
});

/** A browser that reports its largest paints: entries are handed to the observers by `report`. */
function paintReports() {
  const observers = new Set<(entries: { startTime: number }[]) => void>();
  class FakeObserver {
    static supportedEntryTypes = ['largest-contentful-paint'];
    constructor(private readonly callback: (list: { getEntries(): { startTime: number }[] }) => void) {}
    observe() {
      observers.add(this.deliver);
    }
    disconnect() {
      observers.delete(this.deliver);
    }
    private deliver = (entries: { startTime: number }[]) => this.callback({ getEntries: () => entries });
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    report: (startTime: number) => observers.forEach((deliver) => deliver([{ startTime }])),
    observing: () => observers.size,
  };
}

describe('afterPaint where the browser reports its paints', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('goes on at the first paint reported after it was asked, not at an earlier one nor at the next frame', async () => {
    const { report, observing } = paintReports();
    let ran = 0;
    const asked = performance.now();
    afterPaint(() => ran++);
    report(asked - 5);
    await frames(3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toBe(0);
    report(performance.now());
    expect(ran).toBe(1);
    expect(observing()).toBe(0);
    report(performance.now());
    expect(ran).toBe(1);
  });

  it('goes on without a report once the frames have been drawn and the report is overdue', async () => {
    const { observing } = paintReports();
    let ran = false;
    afterPaint(() => {
      ran = true;
    });
    await frames(3);
    await new Promise((resolve) => setTimeout(resolve, PAINT_REPORT_TIMEOUT_MS / 2));
    expect(ran).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, PAINT_REPORT_TIMEOUT_MS));
    expect(ran).toBe(true);
    expect(observing()).toBe(0);
  });

  it('stops watching once cancelled', () => {
    const { report, observing } = paintReports();
    let ran = false;
    const cancel = afterPaint(() => {
      ran = true;
    });
    cancel();
    report(performance.now() + 1);
    expect(ran).toBe(false);
    expect(observing()).toBe(0);
  });
});
