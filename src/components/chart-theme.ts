import type { StatusCode } from '../api/schemas';

/**
 * Status colours: each at least 3:1 against white and against its neighbours in a stacked bar;
 * charts also carry text labels and legends with shape markers, so colour is never the only cue.
 */
export const STATUS_COLORS: Record<StatusCode, string> = {
  not_started: '#6b7280',
  in_progress: '#b45309',
  completed: '#15803d',
  discontinued: '#1e3a8a',
};

/** One hue per jurisdiction for line charts, alphabetical order of names (AL, BA, XK, ME, MK, RS). */
export const SERIES_COLORS = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#0e7490'];

export const CHART_FONT_SIZE = 13;
