/**
 * Presenter URLs: `?slides=a,b,c` is the deck (the stored deck when absent), `?slide=N` (1-based)
 * the slide being shown; without `slide` the deck's overview is shown. Slide keys use only letters,
 * digits, '-', '~' and ',', so the deck is written as is, readable in the address bar and in links.
 */
import { encodeDeck, type Slide } from '../../domain/deck';

/** The query string for a deck and slide, keeping any other parameters (e.g. the tester's scenario). */
export function deckSearch(current: URLSearchParams, slides: readonly Slide[] | null, slide: number | null): string {
  const rest = new URLSearchParams(current);
  rest.delete('slides');
  rest.delete('slide');
  const parts: string[] = [];
  if (slides && slides.length > 0) parts.push(`slides=${encodeDeck(slides)}`);
  if (slide !== null) parts.push(`slide=${slide}`);
  const other = rest.toString();
  if (other) parts.push(other);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export interface SlidePosition {
  /** 0-based index of the slide to show. */
  index: number;
  /** Whether `?slide=` named no slide of the deck (then the nearest one is shown). */
  invalid: boolean;
}

/** The slide to show from `?slide=`: a whole number from 1 to the deck's length; otherwise the nearest slide, or the first. */
export function slidePosition(raw: string | null, total: number): SlidePosition {
  const value = raw !== null && /^\d{1,6}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (Number.isInteger(value) && value >= 1 && value <= total) return { index: value - 1, invalid: false };
  if (Number.isInteger(value) && value > total) return { index: Math.max(0, total - 1), invalid: true };
  return { index: 0, invalid: true };
}
