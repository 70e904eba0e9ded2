/**
 * Small multiples: one card per item with its title (a link), unit and direction, progress category
 * as text, latest/baseline/target values, a small line chart (recharts, loaded on demand) and the
 * item's source. Drawn from a chart model's `small-multiples` drawing (the jurisdiction's indicators).
 */
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SmallMultiplesDrawing } from '../domain/charts/model';
import { linkTo } from '../domain/links';
import { IndicatorCategory } from './indicator-category';
import './small-multiples.css';

const TimeLineChart = lazy(() => import('./line-chart'));

/** Height of each card's chart (px). */
export const CARD_CHART_HEIGHT = 170;

export function SmallMultiples({ drawing, color }: { drawing: SmallMultiplesDrawing; color?: string }) {
  const [search] = useSearchParams();
  return (
    <ul className="indicator-grid">
      {drawing.items.map((item) => (
        <li key={item.key} className="indicator-card">
          <h3 lang={item.titleLang}>
            <Link to={linkTo(item.href, search)}>{item.title}</Link>
          </h3>
          <p className="indicator-meta">{item.meta}</p>
          <p className="indicator-card-progress">
            {drawing.progressLabel}: <IndicatorCategory category={item.category} />
          </p>
          <p className="indicator-meta">{item.latestText}</p>
          {item.points.length > 0 && (
            <Suspense fallback={<div style={{ height: CARD_CHART_HEIGHT }} aria-hidden="true" />}>
              <TimeLineChart
                series={[{ key: item.key, label: item.seriesLabel, points: item.points, color }]}
                height={CARD_CHART_HEIGHT}
                label={item.label}
                references={item.references}
                axis={{ kind: 'number' }}
                yDomain={item.range ?? undefined}
                dots={item.dots}
              />
            </Suspense>
          )}
          <p className="footnote">{item.source}</p>
        </li>
      ))}
    </ul>
  );
}
