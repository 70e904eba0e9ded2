import { lazy, memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Jurisdiction, Period, Pillar } from '../../api/schemas';
import { ChartFrame } from '../../components/chart-frame';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { formatShare, periodLabel } from '../../domain/format';
import { pillarExtremes, type PillarProgress } from '../../domain/jurisdiction-summary';

const PillarChart = lazy(() => import('./pillar-chart'));

interface Row extends PillarProgress {
  name: string;
  completionLabel: string;
  /** Commitments the share counts: all but the discontinued ones. */
  counted: number;
}

/** Completed share per pillar as bars, and their table twin. */
export const PillarProgressSection = memo(function PillarProgressSection({
  progress,
  pillars,
  jurisdiction,
  period,
  source,
  footnotes,
}: {
  progress: readonly PillarProgress[];
  pillars: readonly Pillar[];
  jurisdiction: Jurisdiction;
  period: Period;
  source: string;
  footnotes: string[];
}) {
  const { t } = useTranslation();
  const rows = useMemo((): Row[] => {
    const names = new Map(pillars.map((p) => [p.id, p.shortName]));
    return progress.map((p) => ({
      ...p,
      name: names.get(p.pillar) ?? p.pillar,
      completionLabel: formatShare(p.completion),
      counted: p.total - p.counts.discontinued,
    }));
  }, [progress, pillars]);

  const ends = pillarExtremes(rows);
  const best = ends ? rows.find((r) => r.pillar === ends.best.pillar) : undefined;
  const worst = ends ? rows.find((r) => r.pillar === ends.worst.pillar) : undefined;
  const takeaway =
    best && worst
      ? best.completionLabel === worst.completionLabel
        ? t('jurisdiction.pillars.takeawaySame', { share: best.completionLabel })
        : t('jurisdiction.pillars.takeaway', {
            best: best.name,
            bestShare: best.completionLabel,
            worst: worst.name,
            worstShare: worst.completionLabel,
          })
      : t('jurisdiction.pillars.takeawayEmpty', { period: periodLabel(period) });
  const title = t('jurisdiction.pillars.title');
  const height = 48 + rows.length * 40;

  return (
    <ChartFrame
      id="pillars"
      title={title}
      caption={t('jurisdiction.pillars.caption', { name: jurisdiction.name })}
      period={periodLabel(period)}
      source={source}
      takeaway={takeaway}
      footnotes={footnotes}
      chartHeight={height}
      chart={
        <PillarChart
          rows={rows.map((r) => ({
            name: r.name,
            percent: r.completion === null ? null : r.completion * 100,
            valueLabel: t('jurisdiction.pillars.valueLabel', { share: r.completionLabel, completed: r.counts.completed, counted: r.counted }),
            shortLabel: r.completionLabel,
          }))}
          height={height}
          label={`${title}: ${takeaway}`}
        />
      }
      table={<PillarTable rows={rows} caption={`${title}, ${jurisdiction.name}, ${periodLabel(period)}`} />}
      fileNameParts={['roadmap', jurisdiction.code, 'progress-by-pillar', period]}
      csv={() => ({
        columns: [
          { key: 'pillar', label: t('jurisdiction.pillars.pillar') },
          { key: 'completion', label: t('jurisdiction.pillars.completionPercent') },
          { key: 'completed', label: t('jurisdiction.pillars.completed') },
          { key: 'counted', label: t('jurisdiction.pillars.counted') },
        ],
        rows: rows.map((r) => ({
          pillar: r.name,
          completion: r.completion === null ? null : Math.round(r.completion * 1000) / 10,
          completed: r.counts.completed,
          counted: r.counted,
        })),
        notes: [
          jurisdiction.name,
          t('chart.period', { period: periodLabel(period) }),
          t('chart.source', { source }),
          ...footnotes,
        ],
      })}
    />
  );
});

function PillarTable({ rows, caption }: { rows: readonly Row[]; caption: string }) {
  const { t } = useTranslation();
  const columns = useMemo(
    (): DataColumn<Row>[] => [
      {
        id: 'pillar',
        header: t('jurisdiction.pillars.pillar'),
        rowHeader: true,
        value: (r) => r.name,
        cell: (r) => <Link to={`/pillars/${encodeURIComponent(r.pillar)}`}>{r.name}</Link>,
      },
      { id: 'completion', header: t('jurisdiction.pillars.completion'), numeric: true, value: (r) => r.completion, cell: (r) => r.completionLabel },
      { id: 'completed', header: t('jurisdiction.pillars.completed'), numeric: true, value: (r) => r.counts.completed },
      { id: 'counted', header: t('jurisdiction.pillars.counted'), numeric: true, value: (r) => r.counted },
    ],
    [t],
  );
  return <LazyDataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.pillar} />;
}
