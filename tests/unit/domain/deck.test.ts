import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addSlide,
  decodeDeck,
  DEFAULT_DECK,
  encodeDeck,
  MAX_SLIDES,
  moveSlide,
  parseSlideKey,
  removeSlide,
  SLIDE_KINDS,
  slideKey,
  type Slide,
} from '../../../src/domain/deck';

describe('slide keys', () => {
  it('round-trips slides with and without a subject', () => {
    const slides: Slide[] = [{ kind: 'overview-status' }, { kind: 'indicator', param: 'str-received' }, { kind: 'jurisdiction-pillars', param: 'XK' }];
    for (const slide of slides) expect(parseSlideKey(slideKey(slide))).toEqual(slide);
  });

  it.each([
    'nonsense',
    'indicator',
    'indicator~',
    'overview-status~AL',
    'indicator~a~b',
    'indicator~<script>',
    `indicator~${'x'.repeat(65)}`,
    '',
  ])('rejects %j', (key) => {
    expect(parseSlideKey(key)).toBeNull();
  });
});

describe('deck links', () => {
  it('decodes what it encodes', () => {
    expect(decodeDeck(encodeDeck(DEFAULT_DECK))).toEqual({ slides: [...DEFAULT_DECK], skipped: [] });
  });

  it('skips unknown, malformed and repeated entries and keeps the rest in order', () => {
    const decoded = decodeDeck('overview-grid,bogus,indicator~ml-convictions,overview-grid,pillar-status~,,overview-trend');
    expect(decoded.slides.map(slideKey)).toEqual(['overview-grid', 'indicator~ml-convictions', 'overview-trend']);
    expect(decoded.skipped).toEqual(['bogus', 'overview-grid', 'pillar-status~']);
  });

  it(`stops at ${MAX_SLIDES} slides`, () => {
    const many = Array.from({ length: MAX_SLIDES + 5 }, (_, i) => `indicator~i${i}`).join(',');
    const decoded = decodeDeck(many);
    expect(decoded.slides).toHaveLength(MAX_SLIDES);
    expect(decoded.skipped).toHaveLength(5);
  });

  it('never throws and always returns valid slides for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (value) => {
        const { slides } = decodeDeck(value);
        for (const slide of slides) expect(parseSlideKey(slideKey(slide))).toEqual(slide);
        expect(decodeDeck(encodeDeck(slides)).slides).toEqual(slides);
      }),
    );
  });
});

describe('editing a deck', () => {
  const deck: Slide[] = SLIDE_KINDS.slice(0, 3).map((kind) => ({ kind }));

  it('adds a slide once', () => {
    const once = addSlide(deck, { kind: 'indicator', param: 'x' });
    expect(once).toHaveLength(4);
    expect(addSlide(once, { kind: 'indicator', param: 'x' })).toHaveLength(4);
  });

  it('removes by index', () => {
    expect(removeSlide(deck, 1).map(slideKey)).toEqual(['overview-status', 'overview-trend']);
  });

  it('moves within bounds', () => {
    expect(moveSlide(deck, 0, 1).map(slideKey)).toEqual(['overview-grid', 'overview-status', 'overview-trend']);
    expect(moveSlide(deck, 2, 5).map(slideKey)).toEqual(deck.map(slideKey));
    expect(moveSlide(deck, 0, -1).map(slideKey)).toEqual(deck.map(slideKey));
    expect(moveSlide(deck, 2, -2).map(slideKey)).toEqual(['overview-trend', 'overview-status', 'overview-grid']);
  });
});
