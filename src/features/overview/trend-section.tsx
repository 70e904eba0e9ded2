import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Jurisdiction, Progress } from '../../api/schemas';
import { ChartFrame } from '../../components/chart-frame';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { useSortParam } from '../../components/url-state';
import type { Slide } from '../../domain/deck';
import { formatShare, periodLabel } from '../../domain/format';
import { largestGain, trendChanges, trendRows, type TrendRow } from '../../domain/overview-progress';

const TimeLineChart = lazy(() => import('../../components/line-chart'));

interface TrendProps {
  progress: Progress;
  jurisdictions: readonly Jurisdiction[];
  source: string;
  footnotes: string[];
}

const TREND_SLIDE: Slide = { kind: 'overview-trend' };
const CHART_HEIGHT = 360;
const Y_DOMAIN: [number, number] = [0, 100];

function formatPercent(value: number): string {
  return `${Math.round(value)}%`;
}

function value(row: TrendRow, code: Jurisdiction['code']): number | null {
  return row.values[code] ?? null;
}

/** Completed share at the end of every period up to the selected one, one line per jurisdiction. */
export function TrendSection({ progress, jurisdictions, source, footnotes }: TrendProps) {
  const { t } = useTranslation();
  const rows = useMemo(() => trendRows(progress.trend), [progress]);
  const codes = useMemo(() => jurisdictions.map((j) => j.code), [jurisdictions]);
  const names = useMemo(() => new Map(jurisdictions.map((j) => [j.code, j.name])), [jurisdictions]);
  const gain = useMemo(() => largestGain(trendChanges(rows, codes)), [rows, codes]);
  const first = rows[0]?.period ?? progress.period;
  const last = rows[rows.length - 1]?.period ?? progress.period;
  const span = t('overview.trend.periods', { from: periodLabel(first), to: periodLabel(last) });
  const anyShare = rows.some((row) => codes.some((code) => typeof row.values[code] === 'number'));

  let takeaway: string;
  if (!anyShare) takeaway = t('overview.trend.takeawayEmpty');
  else if (rows.length < 2) takeaway = t('overview.trend.takeawaySingle', { period: periodLabel(last) });
  else if (gain && gain.change > 0)
    takeaway = t('overview.trend.takeawayGain', {
      name: names.get(gain.jurisdiction) ?? gain.jurisdiction,
      from: formatShare(gain.from.completion),
      start: periodLabel(gain.from.period),
      to: formatShare(gain.to.completion),
      end: periodLabel(gain.to.period),
    });
  else takeaway = t('overview.trend.takeawayNoGain', { start: periodLabel(first), end: periodLabel(last) });

  const title = t('overview.trend.title');
  const series = useMemo(
    () =>
      jurisdictions.map((j) => ({
        key: j.code,
        label: j.name,
        points: rows.map((row) => {
          const share = value(row, j.code);
          return { x: periodLabel(row.period), y: share === null ? null : Math.round(share * 1000) / 10 };
        }),
      })),
    [jurisdictions, rows],
  );
  const label = `${title}: ${takeaway}`;
  // The same element while the data stays the same, so that changes elsewhere in the URL do not redraw the chart.
  const chart = useMemo(
    () => <TimeLineChart series={series} height={CHART_HEIGHT} label={label} formatValue={formatPercent} yDomain={Y_DOMAIN} />,
    [series, label],
  );
  const caption = t('overview.trend.tableCaption', { from: periodLabel(first), to: periodLabel(last) });

  return (
    <ChartFrame
      id="trend"
      slide={TREND_SLIDE}
      title={title}
      caption={t('overview.trend.caption')}
      period={span}
      source={source}
      takeaway={takeaway}
      footnotes={footnotes}
      chartHeight={CHART_HEIGHT}
      chart={chart}
      table={<TrendTable rows={rows} jurisdictions={jurisdictions} caption={caption} />}
      fileNameParts={['roadmap', 'completion-over-time', first, last]}
      csv={() => ({
        columns: [
          { key: 'period', label: t('overview.trend.period') },
          ...jurisdictions.map((j) => ({ key: j.code, label: `${j.name} (%)` })),
        ],
        rows: rows.map((row) => ({
          period: row.period,
          ...Object.fromEntries(
            jurisdictions.map((j) => {
              const share = value(row, j.code);
              return [j.code, share === null ? null : Math.round(share * 1000) / 10];
            }),
          ),
        })),
        notes: [t('overview.trend.unitNote'), t('chart.period', { period: `${first} – ${last}` }), t('chart.source', { source }), ...footnotes],
      })}
    />
  );
}

function TrendTable({ rows, jurisdictions, caption }: { rows: readonly TrendRow[]; jurisdictions: readonly Jurisdiction[]; caption: string }) {
  const { t } = useTranslation();
  const allowed = useMemo(() => ['period', ...jurisdictions.map((j) => j.code)], [jurisdictions]);
  const { sort, setSort, invalid } = useSortParam(allowed, 'trendSort');
  const columns = useMemo(
    (): DataColumn<TrendRow>[] => [
      {
        id: 'period',
        header: t('overview.trend.period'),
        rowHeader: true,
        value: (r) => r.period,
        cell: (r) => periodLabel(r.period),
      },
      ...jurisdictions.map(
        (j): DataColumn<TrendRow> => ({
          id: j.code,
          header: j.name,
          numeric: true,
          value: (r) => value(r, j.code),
          cell: (r) => formatShare(value(r, j.code)),
        }),
      ),
    ],
    [t, jurisdictions],
  );
  return (
    <>
      {invalid !== null && (
        <p className="notice" role="status">
          {t('overview.sortInvalid', { value: invalid })}
        </p>
      )}
      <LazyDataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.period} sort={sort} onSortChange={setSort} />
    </>
  );
}
