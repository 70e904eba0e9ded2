/**
 * Presentation decks: an ordered list of slides, each one chart of the dashboard. A deck is kept in
 * localStorage and travels in links as `?slides=overview-status,indicator~str-received,...`.
 */

import type { ChartId } from './charts/model';

export const SLIDE_KINDS = [
  'overview-status',
  'overview-grid',
  'overview-trend',
  'jurisdiction-pillars',
  'pillar-status',
  'indicator',
  'jurisdiction-indicators',
] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** Kinds that name a subject: a jurisdiction code, a pillar id or an indicator id. */
const NEEDS_PARAM: ReadonlySet<SlideKind> = new Set<SlideKind>(['jurisdiction-pillars', 'pillar-status', 'indicator', 'jurisdiction-indicators']);

/** Kinds whose subject is a jurisdiction code (links may spell it in lower case). */
const JURISDICTION_KINDS: ReadonlySet<SlideKind> = new Set<SlideKind>(['jurisdiction-pillars', 'jurisdiction-indicators']);

export interface Slide {
  kind: SlideKind;
  param?: string;
}

const PARAM_RE = /^[A-Za-z0-9-]{1,64}$/;
const SEPARATOR = '~';

/** The regional story offered when nothing has been chosen. */
export const DEFAULT_DECK: readonly Slide[] = [{ kind: 'overview-status' }, { kind: 'overview-grid' }, { kind: 'overview-trend' }];

/** Upper bound on slides in one deck, so that a crafted link cannot build a huge page. */
export const MAX_SLIDES = 40;

export function isSlideKind(value: string): value is SlideKind {
  return (SLIDE_KINDS as readonly string[]).includes(value);
}

export function slideKey(slide: Slide): string {
  return slide.param ? `${slide.kind}${SEPARATOR}${slide.param}` : slide.kind;
}

/** A slide from its key, or null when the key is unknown or malformed. */
export function parseSlideKey(key: string): Slide | null {
  const [kind, param, ...rest] = key.trim().split(SEPARATOR);
  if (!kind || rest.length > 0 || !isSlideKind(kind)) return null;
  if (NEEDS_PARAM.has(kind)) {
    return param !== undefined && PARAM_RE.test(param) ? { kind, param } : null;
  }
  return param === undefined ? { kind } : null;
}

export function encodeDeck(slides: readonly Slide[]): string {
  return slides.map(slideKey).join(',');
}

export interface DecodedDeck {
  slides: Slide[];
  /** Entries that were skipped: unknown, malformed, repeated or beyond MAX_SLIDES. */
  skipped: string[];
}

export function decodeDeck(value: string): DecodedDeck {
  const slides: Slide[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const entry of value.split(',')) {
    if (entry.trim() === '') continue;
    const slide = parseSlideKey(entry);
    const key = slide ? slideKey(slide) : '';
    if (!slide || seen.has(key) || slides.length >= MAX_SLIDES) {
      skipped.push(entry.slice(0, 80));
      continue;
    }
    seen.add(key);
    slides.push(slide);
  }
  return { slides, skipped };
}

/** The chart a slide shows (slide kinds predate chart ids; `indicator` is the indicator's values chart). */
export function slideChart(slide: Slide): { id: ChartId; subject?: string } {
  const id: ChartId = slide.kind === 'indicator' ? 'indicator-values' : slide.kind;
  return slide.param === undefined ? { id } : { id, subject: JURISDICTION_KINDS.has(slide.kind) ? slide.param.toUpperCase() : slide.param };
}

export function sameSlide(a: Slide, b: Slide): boolean {
  return slideKey(a) === slideKey(b);
}

/** Adds a slide at the end unless it is already in the deck. */
export function addSlide(deck: readonly Slide[], slide: Slide): Slide[] {
  return deck.some((s) => sameSlide(s, slide)) || deck.length >= MAX_SLIDES ? [...deck] : [...deck, slide];
}

export function removeSlide(deck: readonly Slide[], index: number): Slide[] {
  return deck.filter((_, i) => i !== index);
}

/** Moves the slide at `index` by `delta` places, clamped to the deck. */
export function moveSlide(deck: readonly Slide[], index: number, delta: number): Slide[] {
  const target = Math.min(deck.length - 1, Math.max(0, index + delta));
  if (index < 0 || index >= deck.length || target === index) return [...deck];
  const next = [...deck];
  const [slide] = next.splice(index, 1);
  if (slide) next.splice(target, 0, slide);
  return next;
}
