/**
 * The body of one slide: its chart's model (the same one the screen's frame and the embed render),
 * drawn for a projector in the chosen theme. An unknown subject says so and the deck goes on.
 */
import type { Slide } from '../../domain/deck';
import { ModelSlide } from './model-slide';
import { PALETTES, type PresenterTheme } from './projector-theme';

export function SlideBody({ slide, theme }: { slide: Slide; title: string; theme: PresenterTheme }) {
  return <ModelSlide slide={slide} palette={PALETTES[theme]} />;
}
