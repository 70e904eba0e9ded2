/**
 * Draws a chart model's figure: stacked status bars, share bars and lines with recharts (loaded on demand),
 * the completion grid as a shaded HTML table, small multiples as a grid of cards. Screen frames, slides and embeds all draw through it.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { StatusCode } from '../api/schemas';
import type { ChartModel } from '../domain/charts/model';
import { linkTo } from '../domain/links';
import { SERIES_COLORS } from './chart-theme';
import './chart-drawing.css';

const StatusBarChart = lazy(() => import('./status-bar-chart'));
const TimeLineChart = lazy(() => import('./line-chart'));
const ShareBarChart = lazy(() => import('./share-bar-chart'));
// Only the jurisdiction's indicators are drawn as small multiples: their code loads with them.
const SmallMultiples = lazy(() => import('./small-multiples').then((m) => ({ default: m.SmallMultiples })));

/** Background shades of the grid, lightest (0-19% completed) to darkest (80-100%); text stays above 4.5:1. */
export const GRID_SHADES = ['#f0f9ff', '#cfe8f3', '#a2d4ec', '#73bfe2', '#46abdb'] as const;
export const GRID_TEXT = '#111827';

export interface DrawingColors {
  status?: Record<StatusCode, string>;
  series?: readonly string[];
}

export function ChartDrawing({ model, height, colors = {} }: { model: ChartModel; height: number; colors?: DrawingColors }) {
  const label = `${model.title}: ${model.takeaway}`;
  const { drawing } = model;
  switch (drawing.kind) {
    case 'status-bars':
      return (
        <Suspense fallback={<div style={{ height }} aria-hidden="true" />}>
          <StatusBarChart rows={drawing.rows} height={height} label={label} colors={colors.status} />
        </Suspense>
      );
    case 'lines': {
      const palette = colors.series ?? SERIES_COLORS;
      const { axis } = drawing;
      return (
        <Suspense fallback={<div style={{ height }} aria-hidden="true" />}>
          <TimeLineChart
            series={drawing.series.map((s) => ({ ...s, color: palette[s.slot % palette.length] }))}
            references={drawing.references}
            yDomain={drawing.yDomain}
            height={height}
            label={label}
            axis={axis}
            dots={drawing.dots}
          />
        </Suspense>
      );
    }
    case 'grid':
      return <ShadedGrid model={model} />;
    case 'share-bars':
      return (
        <Suspense fallback={<div style={{ height }} aria-hidden="true" />}>
          <ShareBarChart rows={drawing.rows} height={height} label={label} color={colors.series?.[0]} />
        </Suspense>
      );
    case 'small-multiples':
      return (
        <Suspense fallback={<div style={{ minHeight: 170 }} aria-hidden="true" />}>
          <SmallMultiples drawing={drawing} color={colors.series?.[0]} />
        </Suspense>
      );
  }
}

/** The grid's chart view: a real table whose cells print the share, shaded by it as an extra cue. */
function ShadedGrid({ model }: { model: ChartModel }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const table = model.tables[0];
  if (!table || model.drawing.kind !== 'grid') return null;
  const [nameColumn, ...valueColumns] = table.columns;
  return (
    <>
      {/* Shown outside the scrolling box so that narrow screens see all of it; the table keeps it as its caption. */}
      <p className="grid-caption" aria-hidden="true">
        {table.caption}
      </p>
      <div className="table-scroll">
        <table className="completion-grid">
          <caption className="visually-hidden">{table.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{nameColumn?.header}</th>
              {valueColumns.map((c) => (
                <th key={c.id} scope="col" className="num">
                  {c.href ? <Link to={linkTo(c.href, search)}>{c.header}</Link> : c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => {
              const name = nameColumn ? row.cells[nameColumn.id] : undefined;
              return (
                <tr key={row.key}>
                  <th scope="row">{name?.href ? <Link to={linkTo(name.href, search)}>{name.text}</Link> : name?.text}</th>
                  {valueColumns.map((c) => {
                    const cell = row.cells[c.id];
                    const step = cell?.shade ?? null;
                    return (
                      <td
                        key={c.id}
                        className={step === null ? 'num grid-none' : 'num'}
                        style={step === null ? undefined : { background: GRID_SHADES[step], color: GRID_TEXT }}
                      >
                        {cell?.text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="grid-legend">
        <span className="grid-legend-title">{t('charts.grid.legend')}:</span>
        <ul>
          {model.drawing.legend.map((entry) => (
            <li key={entry.step}>
              <span className={entry.step < 0 ? 'grid-swatch grid-none' : 'grid-swatch'} style={entry.step < 0 ? undefined : { background: GRID_SHADES[entry.step] }} aria-hidden="true" />
              {entry.label}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
