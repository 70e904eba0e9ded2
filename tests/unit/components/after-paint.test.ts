import { describe, expect, it } from 'vitest';
import { afterPaint, hasPainted } from '../../../src/components/after-paint';

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
