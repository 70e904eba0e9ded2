/**
 * The body of one slide, by kind: the period, a one-sentence takeaway computed from the data, the
 * chart enlarged for a projector, the source and the Kosovo* designation footnote where it applies.
 * Every slide loads its own data; an unknown subject says so and the deck goes on.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import {
  STATUS_CODES,
  type Jurisdiction,
  type Period,
  type Progress,
  type Roadmap,
  type StatusCounts,
} from '../../api/schemas';
import { useAppEnv } from '../../components/app-env';
import type { LineSeries, ReferenceMark } from '../../components/line-chart';
import { QueryState } from '../../components/query-state';
import type { Slide } from '../../domain/deck';
import { formatShare, MISSING, periodLabel } from '../../domain/format';
import {
  completionGrid,
  largestGain,
  regionalPillarShares,
  shareExtremes,
  trendChanges,
  trendRows,
} from '../../domain/overview-progress';
import { pillarRows } from '../../domain/pillar-progress';
import { emptyCounts } from '../../domain/progress';
import { PALETTES, type PresenterTheme, type ProjectorPalette } from './projector-theme';
import { ModelSlide } from './model-slide';
import { ScaledChart } from './scaled-chart';
import { SlideNotAvailable } from './slide-unavailable';
import { jurisdictionParam } from './slide-title';

const StatusBarChart = lazy(() => import('../../components/status-bar-chart'));
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

/** Whole per cent with one decimal for line charts; null stays missing. */
function percent(share: number | null | undefined): number | null {
  return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
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
      return <WithProgress context={context}>{(p) => <OverviewGridSlide context={context} progress={p} />}</WithProgress>;
    case 'overview-trend':
      return <WithProgress context={context}>{(p) => <OverviewTrendSlide context={context} progress={p} />}</WithProgress>;
    case 'jurisdiction-pillars': {
      const jurisdiction = context.jurisdictions.find((j) => j.code === jurisdictionParam(slide));
      if (!jurisdiction) return <SlideNotAvailable slide={slide} />;
      return <WithProgress context={context}>{(p) => <JurisdictionPillarsSlide context={context} progress={p} jurisdiction={jurisdiction} />}</WithProgress>;
    }
    case 'pillar-status': {
      const pillar = context.roadmap.pillars.find((p) => p.id === slide.param);
      if (!pillar) return <SlideNotAvailable slide={slide} />;
      return <WithProgress context={context}>{(p) => <PillarStatusSlide context={context} progress={p} pillarId={pillar.id} />}</WithProgress>;
    }
    case 'indicator':
      return <ModelSlide slide={slide} palette={context.palette} />;
  }
}

function WithProgress({ context, children }: { context: SlideContext; children: (progress: Progress) => ReactNode }) {
  const { t } = useTranslation();
  const progressResult = useQuery(progressQuery(context.roadmap.asOfPeriod));
  return (
    <QueryState query={progressResult} what={t('what.progress')} minHeight={240}>
      {children}
    </QueryState>
  );
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

interface BarRow {
  key: string;
  name: string;
  counts: StatusCounts;
  total: number;
  completion: number | null;
}

/** Leader and laggard of bar rows by completed share, or the shared share when all are level. */
function barTakeaway(
  rows: readonly BarRow[],
  texts: { spread: (leader: BarRow, laggard: BarRow) => string; level: (share: string) => string; none: () => string },
): string {
  const ends = shareExtremes(rows);
  if (!ends) return texts.none();
  const high = formatShare(ends.highest.completion);
  const low = formatShare(ends.lowest.completion);
  return high === low ? texts.level(high) : texts.spread(ends.highest, ends.lowest);
}

/** Stacked status bars enlarged for the projector, with the figures as a table for screen readers. */
function StatusBarsFigure({
  rows,
  label,
  nameHeader,
  caption,
  palette,
}: {
  rows: readonly BarRow[];
  label: string;
  nameHeader: string;
  caption: string;
  palette: ProjectorPalette;
}) {
  const { t } = useTranslation();
  const chartRows = useMemo(() => rows.map((r) => ({ name: r.name, counts: r.counts, endLabel: formatShare(r.completion) })), [rows]);
  return (
    <>
      <ScaledChart minHeight={72 + rows.length * 30} render={(height) => <StatusBarChart rows={chartRows} height={height} label={label} colors={palette.status} />} />
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col">{t('presenter.slide.completion')}</th>
            {STATUS_CODES.map((code) => (
              <th key={code} scope="col">
                {t(`status.${code}`)}
              </th>
            ))}
            <th scope="col">{t('presenter.slide.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{formatShare(r.completion)}</td>
              {STATUS_CODES.map((code) => (
                <td key={code}>{r.counts[code]}</td>
              ))}
              <td>{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A slide of status bars with one row per jurisdiction, its takeaway, period, source and footnotes. */
function JurisdictionBarsSlide({ context, period, rows }: { context: SlideContext; period: Period; rows: readonly BarRow[] }) {
  const { t } = useTranslation();
  const { jurisdictions, roadmap, title } = context;
  const takeaway = barTakeaway(rows, {
    spread: (leader, laggard) =>
      t('presenter.takeaway.status', {
        leader: leader.name,
        share: formatShare(leader.completion),
        laggard: laggard.name,
        lowShare: formatShare(laggard.completion),
      }),
    level: (share) => t('presenter.takeaway.statusLevel', { share }),
    none: () => t('presenter.takeaway.statusEmpty'),
  });
  return (
    <SlideContent
      period={t('presenter.slide.periodEnd', { period: periodLabel(period) })}
      takeaway={takeaway}
      source={roadmap.source}
      footnotes={designationNotes(
        jurisdictions,
        rows.map((r) => r.key),
      )}
    >
      <StatusBarsFigure
        palette={context.palette}
        rows={rows}
        label={`${title}: ${takeaway}`}
        nameHeader={t('presenter.slide.jurisdiction')}
        caption={t('presenter.slide.tableCaption', { title })}
      />
    </SlideContent>
  );
}

function JurisdictionPillarsSlide({ context, progress, jurisdiction }: { context: SlideContext; progress: Progress; jurisdiction: Jurisdiction }) {
  const { t } = useTranslation();
  const { roadmap, title } = context;
  const rows = useMemo(
    (): BarRow[] =>
      roadmap.pillars.map((p) => {
        const cell = progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === jurisdiction.code && c.pillar === p.id);
        return { key: p.id, name: p.shortName, counts: cell?.counts ?? emptyCounts(), total: cell?.total ?? 0, completion: cell?.completion ?? null };
      }),
    [roadmap, progress, jurisdiction],
  );
  const period = periodLabel(progress.period);
  const takeaway = barTakeaway(rows, {
    spread: (best, worst) =>
      t('presenter.takeaway.pillars', {
        best: best.name,
        bestShare: formatShare(best.completion),
        worst: worst.name,
        worstShare: formatShare(worst.completion),
      }),
    level: (share) => t('presenter.takeaway.pillarsLevel', { share }),
    none: () => t('presenter.takeaway.pillarsEmpty', { period }),
  });
  return (
    <SlideContent
      period={t('presenter.slide.periodEnd', { period })}
      takeaway={takeaway}
      source={roadmap.source}
      footnotes={designationNotes(context.jurisdictions, [jurisdiction.code])}
    >
      <StatusBarsFigure
        palette={context.palette}
        rows={rows}
        label={`${title}: ${takeaway}`}
        nameHeader={t('presenter.slide.pillar')}
        caption={t('presenter.slide.tableCaption', { title })}
      />
    </SlideContent>
  );
}

function PillarStatusSlide({ context, progress, pillarId }: { context: SlideContext; progress: Progress; pillarId: string }) {
  const { jurisdictions } = context;
  const rows = useMemo(
    (): BarRow[] =>
      pillarRows(progress, jurisdictions, pillarId).map((r) => ({ key: r.code, name: r.name, counts: r.counts, total: r.total, completion: r.completion })),
    [progress, jurisdictions, pillarId],
  );
  return <JurisdictionBarsSlide context={context} period={progress.period} rows={rows} />;
}

function OverviewGridSlide({ context, progress }: { context: SlideContext; progress: Progress }) {
  const { t } = useTranslation();
  const { roadmap, jurisdictions, title } = context;
  const pillarIds = useMemo(() => roadmap.pillars.map((p) => p.id), [roadmap]);
  const rows = useMemo(
    () =>
      completionGrid(
        progress.byJurisdictionAndPillar,
        jurisdictions.map((j) => j.code),
        pillarIds,
      ),
    [progress, jurisdictions, pillarIds],
  );
  const names = new Map(jurisdictions.map((j) => [j.code, j.name]));
  const pillarName = (id: string) => roadmap.pillars.find((p) => p.id === id)?.shortName ?? id;
  const ends = shareExtremes(regionalPillarShares(progress.byJurisdictionAndPillar, pillarIds));
  const high = ends ? formatShare(ends.highest.completion) : '';
  const low = ends ? formatShare(ends.lowest.completion) : '';
  const takeaway = !ends
    ? t('presenter.takeaway.gridEmpty')
    : high === low
      ? t('presenter.takeaway.gridLevel', { share: high })
      : t('presenter.takeaway.grid', { leader: pillarName(ends.highest.pillar), share: high, laggard: pillarName(ends.lowest.pillar), lowShare: low });
  return (
    <SlideContent
      period={t('presenter.slide.periodEnd', { period: periodLabel(progress.period) })}
      takeaway={takeaway}
      source={roadmap.source}
      footnotes={designationNotes(
        jurisdictions,
        rows.map((r) => r.jurisdiction),
      )}
      stacked
    >
      <div className="table-scroll slide-grid-scroll">
        <table className="slide-grid">
          <caption className="visually-hidden">{t('presenter.slide.tableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('presenter.slide.jurisdiction')}</th>
              {roadmap.pillars.map((p) => (
                <th key={p.id} scope="col" className="num">
                  {p.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.jurisdiction}>
                <th scope="row">{names.get(row.jurisdiction) ?? row.jurisdiction}</th>
                {row.cells.map((cell) => (
                  <td key={cell.pillar} className="num">
                    <span className="slide-grid-value">{formatShare(cell.completion)}</span>
                    {cell.completion !== null && (
                      <span className="slide-grid-track" aria-hidden="true">
                        <span className="slide-grid-bar" style={{ width: `${Math.round(cell.completion * 100)}%` }} />
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="slide-legend">{t('presenter.slide.gridLegend')}</p>
    </SlideContent>
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

function OverviewTrendSlide({ context, progress }: { context: SlideContext; progress: Progress }) {
  const { t } = useTranslation();
  const { roadmap, jurisdictions, palette, title } = context;
  const rows = useMemo(() => trendRows(progress.trend), [progress]);
  const codes = useMemo(() => jurisdictions.map((j) => j.code), [jurisdictions]);
  const gain = useMemo(() => largestGain(trendChanges(rows, codes)), [rows, codes]);
  const first = rows[0]?.period ?? progress.period;
  const last = rows[rows.length - 1]?.period ?? progress.period;
  const anyShare = rows.some((row) => codes.some((code) => typeof row.values[code] === 'number'));
  const takeaway = !anyShare
    ? t('presenter.takeaway.trendEmpty')
    : rows.length < 2
      ? t('presenter.takeaway.trendSingle', { period: periodLabel(last) })
      : gain && gain.change > 0
        ? t('presenter.takeaway.trendGain', {
            name: jurisdictions.find((j) => j.code === gain.jurisdiction)?.name ?? gain.jurisdiction,
            from: formatShare(gain.from.completion),
            start: periodLabel(gain.from.period),
            to: formatShare(gain.to.completion),
            end: periodLabel(gain.to.period),
          })
        : t('presenter.takeaway.trendNoGain', { start: periodLabel(first), end: periodLabel(last) });
  const series = useMemo(
    (): LineSeries[] =>
      jurisdictions.map((j, index) => ({
        key: j.code,
        label: j.name,
        color: palette.series[index % palette.series.length],
        points: rows.map((row) => ({ x: periodLabel(row.period), y: percent(row.values[j.code]) })),
      })),
    [jurisdictions, rows, palette],
  );
  return (
    <SlideContent
      period={t('presenter.slide.periodSpan', { from: periodLabel(first), to: periodLabel(last) })}
      takeaway={takeaway}
      source={roadmap.source}
      footnotes={designationNotes(jurisdictions, codes)}
    >
      <LinesFigure
        series={series}
        label={`${title}: ${takeaway}`}
        xHeader={t('presenter.slide.period')}
        caption={t('presenter.slide.tableCaption', { title })}
        formatValue={(v) => `${Math.round(v)}%`}
        cellText={(v) => (v === null ? MISSING : `${Math.round(v)}%`)}
        yDomain={[0, 100]}
      />
    </SlideContent>
  );
}
