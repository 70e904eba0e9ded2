import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come into the viewport, or the page is about to be printed; it stays
 * true. Charts below the fold are drawn when the reader scrolls to them, so the first screen is not
 * held up by chart code and drawing nobody sees yet (on a phone every chart starts below the fold).
 * Without IntersectionObserver (old browsers, jsdom) it is true at once. `show()` makes it true on
 * demand, e.g. before exporting the chart as an image.
 */
export function useSeen(ref: RefObject<Element | null>): { seen: boolean; show: () => void } {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(element);
    const beforePrint = () => setSeen(true);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [seen, ref]);
  const show = useCallback(() => setSeen(true), []);
  return { seen, show };
}
