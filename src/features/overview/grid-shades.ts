/**
 * Background shades of the completion grid, lightest (0-19% completed) to darkest (80-100%).
 * The share is always printed in the cell; the shade is an extra cue. Every shade keeps the cell
 * text (GRID_TEXT) above 4.5:1 contrast.
 */
export const GRID_SHADES = ['#f0f9ff', '#cfe8f3', '#a2d4ec', '#73bfe2', '#46abdb'] as const;

/** Text colour on every shade. */
export const GRID_TEXT = '#111827';
