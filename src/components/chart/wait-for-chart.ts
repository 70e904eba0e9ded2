/**
 * Resolves with the chart's SVG surface once recharts has drawn it inside `container`: at once when
 * it is there, otherwise when a mutation adds it (no polling). Null after `timeoutMs`.
 */
export function waitForChart(container: HTMLElement, timeoutMs = 5000): Promise<SVGSVGElement | null> {
  const find = () => container.querySelector<SVGSVGElement>('svg.recharts-surface');
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const svg = find();
      if (svg) finish(svg);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(svg: SVGSVGElement | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(svg);
    }
    observer.observe(container, { childList: true, subtree: true });
  });
}
