/**
 * A slide drawn from its chart's model (the same model the screen's frame and the embed render):
 * period, takeaway, the figure enlarged for a projector, its table twin for screen readers, the
 * source and the footnotes.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { roadmapQuery } from '../../api/queries';
import { useSearchParams } from 'react-router';
import { ChartDrawing } from '../../components/chart-drawing';
import { useChartModel } from '../../components/chart/use-chart-model';
import { LoadingState, QueryErrorAlert } from '../../components/query-state';
import { useAppEnv } from '../../components/app-env';
import type { ChartModel, ModelTable } from '../../domain/charts/model';
import { slideChart, type Slide } from '../../domain/deck';
import type { ProjectorPalette } from './projector-theme';
import { ScaledChart } from './scaled-chart';
import { SlideNotAvailable } from './slide-unavailable';

function PlainTable({ table, className }: { table: ModelTable; className?: string }) {
  return (
    <table className={className}>
      <caption className={className ? 'visually-hidden' : undefined}>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            {table.columns.map((c) =>
              c.rowHeader ? (
                <th key={c.id} scope="row">
                  {row.cells[c.id]?.text}
                </th>
              ) : (
                <td key={c.id} className={c.numeric ? 'num' : undefined}>
                  {row.cells[c.id]?.text}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Figure({ model, palette }: { model: ChartModel; palette: ProjectorPalette }) {
  const table = model.tables[0];
  if (model.drawing.kind === 'grid') {
    return <div className="table-scroll slide-grid-scroll">{table && <PlainTable table={table} className="slide-grid" />}</div>;
  }
  if (model.drawing.kind === 'small-multiples') {
    // Cards of small charts, each at its usual size: the slide scrolls when they do not all fit.
    return (
      <>
        <div className="slide-small-multiples">
          <ChartDrawing model={model} height={model.height} colors={{ series: palette.series }} />
        </div>
        {table && (
          <div className="visually-hidden">
            <PlainTable table={table} />
          </div>
        )}
      </>
    );
  }
  const minHeight = model.drawing.kind === 'status-bars' ? 72 + model.drawing.rows.length * 30 : 280;
  return (
    <>
      <ScaledChart minHeight={minHeight} render={(height) => <ChartDrawing model={model} height={height} colors={{ status: palette.status, series: palette.series }} />} />
      {table && (
        <div className="visually-hidden">
          <PlainTable table={table} />
        </div>
      )}
    </>
  );
}

export function ModelSlideBody({ model, palette }: { model: ChartModel; palette: ProjectorPalette }) {
  const { t } = useTranslation();
  const { mocks } = useAppEnv();
  const roadmap = useQuery(roadmapQuery());
  const illustrative = mocks || roadmap.data?.dataStatus === 'illustrative';
  return (
    <>
      <p className="slide-period">{model.period}</p>
      <p className="slide-takeaway">{model.takeaway}</p>
      <div className={model.drawing.kind === 'grid' ? 'slide-main slide-main-stacked' : 'slide-main'}>
        <div className="slide-figure">
          <Figure model={model} palette={palette} />
        </div>
        <div className="slide-notes">
          <p>
            {t('presenter.slide.source', { source: model.source })}
            {illustrative && (
              <>
                {' · '}
                <strong>{t('presenter.illustrative')}</strong>
              </>
            )}
          </p>
          {model.footnotes.map((note) => (
            <p key={note} className="slide-footnote">
              {note}
            </p>
          ))}
        </div>
      </div>
    </>
  );
}

/** Loads the slide's chart model (latest period unless the deck link names one) and shows it. */
export function ModelSlide({ slide, palette }: { slide: Slide; palette: ProjectorPalette }) {
  const [search] = useSearchParams();
  const chart = slideChart(slide);
  const options = new URLSearchParams();
  const period = search.get('period');
  if (period) options.set('period', period);
  const state = useChartModel({ id: chart.id, subject: chart.subject, search: options });
  switch (state.state) {
    case 'loading':
      return <LoadingState what={chart.id} minHeight={240} />;
    case 'error':
      return <QueryErrorAlert error={state.error} what={state.what} onRetry={state.retry} retrying={false} />;
    case 'unknown':
      return <SlideNotAvailable slide={slide} />;
    case 'ready':
      return <ModelSlideBody model={state.model} palette={palette} />;
  }
}
