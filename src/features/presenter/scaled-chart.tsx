import { Suspense, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Width at which the dashboard's charts are drawn before being enlarged to fill the slide. */
const DESIGN_WIDTH = 600;

interface Box {
  width: number;
  height: number;
}

/**
 * Draws a dashboard chart at its usual size and enlarges it uniformly to fill the slide, so that its
 * text, strokes and markers all grow together: at 1920 px wide the chart's 13 px labels read at about
 * 30 px and its 2.5 px lines at about 6 px. The chart never shrinks below its usual size, and keeps
 * at least `minHeight` px of drawing height before enlargement.
 */
export function ScaledChart({ minHeight, render }: { minHeight: number; render: (height: number) => ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Box | null>(null);

  useLayoutEffect(() => {
    const element = outer.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (rect && rect.width > 0 && rect.height > 0) setBox({ width: rect.width, height: rect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const scale = box ? Math.max(1, Math.min(box.width / DESIGN_WIDTH, box.height / minHeight)) : 1;
  const width = box ? box.width / scale : 0;
  const height = box ? box.height / scale : 0;

  return (
    <div ref={outer} className="slide-chart">
      {box && (
        <div className="slide-chart-drawing" style={{ width, height, transform: `scale(${scale})` }}>
          <Suspense fallback={null}>{render(height)}</Suspense>
        </div>
      )}
    </div>
  );
}
