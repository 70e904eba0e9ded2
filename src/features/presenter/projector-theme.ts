/**
 * Projector themes: high-contrast light and dark palettes for slides read from the back of a room.
 * Every colour that carries meaning (text, status, series, lines) is at least 3:1 against the
 * slide background of its theme, and status is always printed as text beside its marker.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { StatusCode } from '../../api/schemas';
import { SERIES_COLORS, STATUS_COLORS } from '../../components/chart-theme';
import { createSafeStore, local, type StoredState } from '../../components/safe-storage';

export const PRESENTER_THEMES = ['light', 'dark'] as const;
export type PresenterTheme = (typeof PRESENTER_THEMES)[number];

export const THEME_STORAGE_KEY = 'roadmap-monitor.presenter-theme';

export interface ProjectorPalette {
  background: string;
  text: string;
  /** Secondary text (period, source, footnotes). */
  muted: string;
  /** Borders, grid lines, axes. */
  line: string;
  link: string;
  focus: string;
  /** Bars in the grid slide's cells. */
  accent: string;
  /** Background of notices and alerts. */
  panel: string;
  error: string;
  status: Record<StatusCode, string>;
  /** One colour per jurisdiction, in the API's order (alphabetical by name). */
  series: readonly string[];
}

export const PALETTES: Record<PresenterTheme, ProjectorPalette> = {
  light: {
    background: '#ffffff',
    text: '#000000',
    muted: '#1f2937',
    line: '#4b5563',
    link: '#1d4ed8',
    focus: '#b45309',
    accent: '#1d4ed8',
    panel: '#f3f4f6',
    error: '#b91c1c',
    status: STATUS_COLORS,
    series: SERIES_COLORS,
  },
  dark: {
    background: '#0b0f19',
    text: '#ffffff',
    muted: '#e5e7eb',
    line: '#9ca3af',
    link: '#93c5fd',
    focus: '#fbbf24',
    accent: '#60a5fa',
    panel: '#1f2937',
    error: '#f87171',
    // Lighter variants of the dashboard's status colours, handed to the status chart on dark slides.
    status: { not_started: '#9ca3af', in_progress: '#fbbf24', completed: '#4ade80', discontinued: '#93c5fd' },
    series: ['#60a5fa', '#f87171', '#34d399', '#c4b5fd', '#fb923c', '#22d3ee'],
  },
};

/** The palette as CSS custom properties for the presenter's root element. */
export function paletteStyle(theme: PresenterTheme): Record<string, string> {
  const p = PALETTES[theme];
  return {
    '--p-bg': p.background,
    '--p-text': p.text,
    '--p-muted': p.muted,
    '--p-line': p.line,
    '--p-link': p.link,
    '--p-focus': p.focus,
    '--p-accent': p.accent,
    '--p-panel': p.panel,
    '--p-error': p.error,
  };
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const store = createSafeStore(THEME_STORAGE_KEY, local);
const serverState: StoredState = { value: null, remembered: true };

/**
 * The projector theme, remembered in localStorage (light unless dark was chosen), its setter, and
 * whether the choice is remembered (false when the browser refused storage: it then lasts for the visit).
 */
export function usePresenterTheme(): [PresenterTheme, (theme: PresenterTheme) => void, boolean] {
  const state = useSyncExternalStore(store.subscribe, store.read, () => serverState);
  const set = useCallback((next: PresenterTheme) => void store.write(next), []);
  return [state.value === 'dark' ? 'dark' : 'light', set, state.remembered];
}
