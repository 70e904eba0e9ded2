import { useCallback } from 'react';
import type { Period } from '../api/schemas';
import { periodLabel } from '../domain/format';
import { useNumberLocale } from './use-number-locale';

/** `periodLabel` in the page's language: 'H1 2026' in English, 'I–VI 2026' in the region's languages. */
export function usePeriodLabel(): (period: Period) => string {
  const locale = useNumberLocale();
  return useCallback((period: Period) => periodLabel(period, locale), [locale]);
}
