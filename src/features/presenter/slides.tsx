/**
 * The body of one slide, by kind: the period, a one-sentence takeaway computed from the data, the
 * chart enlarged for a projector, the source and the Kosovo* designation footnote where it applies.
 * Every slide loads its own data; an unknown subject says so and the deck goes on.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../../api/errors';
import { indicatorQuery, jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import type { Indicator, Jurisdiction, JurisdictionCode, Roadmap } from '../../api/schemas';
import { useAppEnv } from '../../components/app-env';
import type { LineSeries, ReferenceMark } from '../../components/line-chart';
import { QueryState } from '../../components/query-state';
import type { Slide } from '../../domain/deck';
import { formatNumber, periodLabel } from '../../domain/format';
import { latestExtremes, seriesAt, yearRows } from '../../domain/indicator-view';
import { PALETTES, type PresenterTheme, type ProjectorPalette } from './projector-theme';
import { ModelSlide } from './model-slide';
import { ScaledChart } from './scaled-chart';
import { SlideNotAvailable } from './slide-unavailable';

const TimeLineChart = lazy(() => import('../../components/line-chart'));

/** Beyond this many points the lines are drawn without a dot per value. */
const DOTS_UP_TO = 30;

interface SlideContext {
  title: string;
  palette: ProjectorPalette;
  roadmap: Roadmap;
  jurisdictions: readonly Jurisdiction[];
}

/** "Kosovo* This designation is without prejudice…" for each listed jurisdiction that carries one. */
function designationNotes(jurisdictions: readonly Jurisdiction[], shown: readonly string[]): string[] {
  return jurisdictions.flatMap((j) => (j.designationFootnote && shown.includes(j.code) ? [`${j.name} ${j.designationFootnote}`] : []));
}

export function SlideBody({ slide, title, theme }: { slide: Slide; title: string; theme: PresenterTheme }) {
  const { t } = useTranslation();
  const roadmapResult = useQuery(roadmapQuery());
  const jurisdictionsResult = useQuery(jurisdictionsQuery());
  return (
    <QueryState query={roadmapResult} what={t('what.roadmap')} minHeight={240}>
      {(r) => (
        <QueryState query={jurisdictionsResult} what={t('what.jurisdictions')} minHeight={240}>
          {(j) => <KindBody slide={slide} context={{ title, palette: PALETTES[theme], roadmap: r, jurisdictions: j.items }} />}
        </QueryState>
      )}
    </QueryState>
  );
}

function KindBody({ slide, context }: { slide: Slide; context: SlideContext }) {
  switch (slide.kind) {
    case 'overview-status':
      return <ModelSlide slide={slide} palette={context.palette} />;
    case 'overview-grid':
      return <ModelSlide slide={slide} palette={context.palette} />;
    case 'overview-trend':
      return <ModelSlide slide={slide} palette={context.palette} />;
    case 'jurisdiction-pillars':
      return <ModelSlide slide={slide} palette={context.palette} />;
    case 'pillar-status':
      return <ModelSlide slide={slide} palette={context.palette} />;
    case 'indicator':
      return <IndicatorSlide context={context} slide={slide} />;
  }
}

/** Period, takeaway, the figure, then source and footnotes. */
function SlideContent({
  period,
  takeaway,
  source,
  footnotes,
  stacked = false,
  children,
}: {
  period: string;
  takeaway: string;
  source: string;
  footnotes: readonly string[];
  /** Source and footnotes under the figure instead of beside it (for a wide table). */
  stacked?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { mocks } = useAppEnv();
  const roadmapResult = useQuery(roadmapQuery());
  const illustrative = mocks || roadmapResult.data?.dataStatus === 'illustrative';
  return (
    <>
      <p className="slide-period">{period}</p>
      <p className="slide-takeaway">{takeaway}</p>
      <div className={stacked ? 'slide-main slide-main-stacked' : 'slide-main'}>
        <div className="slide-figure">{children}</div>
        <div className="slide-notes">
          <p>
            {t('presenter.slide.source', { source })}
            {illustrative && (
              <>
                {' · '}
                <strong>{t('presenter.illustrative')}</strong>
              </>
            )}
          </p>
          {footnotes.map((note) => (
            <p key={note} className="slide-footnote">
              {note}
            </p>
          ))}
        </div>
      </div>
    </>
  );
}

/** Lines enlarged for the projector, with the figures as a table for screen readers. */
function LinesFigure({
  series,
  label,
  xHeader,
  caption,
  formatValue,
  cellText,
  yDomain,
  references,
}: {
  series: readonly LineSeries[];
  label: string;
  xHeader: string;
  caption: string;
  formatValue: (value: number) => string;
  cellText: (value: number | null) => string;
  yDomain?: [number, number];
  references?: readonly ReferenceMark[];
}) {
  const xs = series[0]?.points.map((p) => p.x) ?? [];
  return (
    <>
      <ScaledChart
        minHeight={280}
        render={(height) => (
          <TimeLineChart
            series={series}
            height={height}
            label={label}
            formatValue={formatValue}
            yDomain={yDomain}
            references={references}
            dots={xs.length <= DOTS_UP_TO}
          />
        )}
      />
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{xHeader}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xs.map((x, index) => (
            <tr key={x}>
              <th scope="row">{x}</th>
              {series.map((s) => (
                <td key={s.key}>{cellText(s.points[index]?.y ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function IndicatorSlide({ context, slide }: { context: SlideContext; slide: Slide }) {
  const { t } = useTranslation();
  const query = useQuery(indicatorQuery(slide.param ?? ''));
  if (isNotFound(query.error)) return <SlideNotAvailable slide={slide} />;
  return (
    <QueryState query={query} what={t('what.indicators')} minHeight={240}>
      {(indicator) => <IndicatorFigure context={context} indicator={indicator} />}
    </QueryState>
  );
}

function IndicatorFigure({ context, indicator }: { context: SlideContext; indicator: Indicator }) {
  const { t } = useTranslation();
  const { roadmap, jurisdictions, palette, title } = context;
  const { unit } = indicator;
  const period = roadmap.asOfPeriod;
  const compared = useMemo(
    () =>
      jurisdictions.flatMap((j, index) => {
        const series = indicator.series.find((s) => s.jurisdiction === j.code);
        return series ? [{ ...seriesAt(series, period), name: j.name, color: palette.series[index % palette.series.length] }] : [];
      }),
    [jurisdictions, indicator, period, palette],
  );
  const rows = useMemo(() => yearRows<JurisdictionCode>(compared), [compared]);
  const first = rows[0]?.year;
  const last = rows[rows.length - 1]?.year;
  const name = (code: JurisdictionCode) => compared.find((s) => s.jurisdiction === code)?.name ?? code;
  const ends = latestExtremes(compared, indicator.direction);
  const takeaway = !ends
    ? t('presenter.takeaway.indicatorNone')
    : ends.best.jurisdiction === ends.weakest.jurisdiction
      ? t('presenter.takeaway.indicatorOnly', { jurisdiction: name(ends.best.jurisdiction), value: formatNumber(ends.best.value, unit), year: ends.best.year })
      : t('presenter.takeaway.indicatorSpread', {
          best: name(ends.best.jurisdiction),
          bestValue: formatNumber(ends.best.value, unit),
          bestYear: ends.best.year,
          weakest: name(ends.weakest.jurisdiction),
          weakestValue: formatNumber(ends.weakest.value, unit),
          weakestYear: ends.weakest.year,
        });
  const series = useMemo(
    (): LineSeries[] =>
      compared.map((s) => ({
        key: s.jurisdiction,
        label: s.name,
        color: s.color,
        points: rows.map((r) => ({ x: r.year, y: r.cells[s.jurisdiction]?.value ?? null })),
      })),
    [compared, rows],
  );
  const single = compared.length === 1 ? compared[0] : undefined;
  const references = useMemo((): ReferenceMark[] => {
    if (!single) return [];
    const marks: ReferenceMark[] = [];
    if (single.baseline)
      marks.push({ y: single.baseline.value, label: t('presenter.slide.baselineMark', { year: single.baseline.year, value: formatNumber(single.baseline.value, unit) }) });
    if (single.target)
      marks.push({
        y: single.target.value,
        label: t('presenter.slide.targetMark', { year: single.target.year, value: formatNumber(single.target.value, unit) }),
        dashed: true,
      });
    return marks;
  }, [single, t, unit]);
  const axisUnit = unit === '%' ? '%' : undefined;
  return (
    <SlideContent
      period={
        first !== undefined && last !== undefined
          ? t('presenter.slide.indicatorYears', { first, last, period: periodLabel(period), unit })
          : t('presenter.slide.indicatorNoYears', { period: periodLabel(period), unit })
      }
      takeaway={takeaway}
      source={indicator.source}
      footnotes={designationNotes(
        jurisdictions,
        compared.map((s) => s.jurisdiction),
      )}
    >
      <LinesFigure
        series={series}
        label={`${title}: ${takeaway}`}
        xHeader={t('presenter.slide.year')}
        caption={t('presenter.slide.tableCaption', { title })}
        formatValue={(v) => formatNumber(v, axisUnit)}
        cellText={(v) => (v === null ? t('presenter.slide.missing') : formatNumber(v, unit))}
        references={references}
      />
    </SlideContent>
  );
}
