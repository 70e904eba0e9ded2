/**
 * Overdue commitments listed on the printed briefing; the rest are counted and linked. Chosen so
 * that the briefing stays on one A4 page with eight pillars and the longest titles and institution
 * names of the illustrative dataset, in a wide typeface.
 */
export const BRIEFING_OVERDUE_ROWS = 8;
