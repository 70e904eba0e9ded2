/**
 * An indicator's progress category as text plus a shape marker and colour, never colour alone
 * (the categories of the Statistics Canada / Open SDG method, see src/domain/indicator-progress.ts).
 */
import { useTranslation } from 'react-i18next';
import type { ProgressCategory } from '../domain/indicator-progress';
import './indicator-category.css';

export const CATEGORY_MARKERS: Record<ProgressCategory, string> = {
  target_achieved: '★',
  on_track: '▲',
  acceleration_needed: '◆',
  limited_progress: '■',
  deterioration: '▼',
  not_available: '–',
};

export function IndicatorCategory({ category }: { category: ProgressCategory }) {
  const { t } = useTranslation();
  return (
    <span className={`indicator-category indicator-category-${category}`}>
      <span aria-hidden="true">{CATEGORY_MARKERS[category]} </span>
      {t(`indicatorCategory.${category}`)}
    </span>
  );
}
