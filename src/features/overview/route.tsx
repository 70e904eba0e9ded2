import { useQuery } from '@tanstack/react-query';
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import { STATUS_CODES, type Jurisdiction, type Period, type Progress, type Roadmap } from '../../api/schemas';
import { AfterFirstPaint } from '../../components/after-first-paint';
import { ChartFrame } from '../../components/chart-frame';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { StatusBadge } from '../../components/status-badge';
import { useSortParam } from '../../components/url-state';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Slide } from '../../domain/deck';
import { periodLabel } from '../../domain/format';
import { statusCsvTable } from '../../domain/status-csv';
import { overview } from '../../i18n/en/overview';
import { addMessages } from '../../i18n/i18n';
import { CompletionGridSection } from './completion-grid';
import { Headline } from './headline';
import { extremes, overviewRows, type OverviewRow } from './overview-data';
import { TrendSection } from './trend-section';
import './overview.css';

addMessages({ overview });

/** Presenter slides showing this screen's charts ("Add to presentation"). */
const STATUS_SLIDE: Slide = { kind: 'overview-status' };

const StatusBarChart = lazy(() => import('../../components/status-bar-chart'));

export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const roadmap = useQuery(roadmapQuery());
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <QueryState query={roadmap} what={t('what.roadmap')} minHeight={480}>
        {(data) => <Overview roadmap={data} />}
      </QueryState>
    </>
  );
}

function Overview({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const periodState = usePeriod(roadmap);
  const { period, apiPeriod } = periodState;
  const progressResult = useQuery(progressQuery(apiPeriod));
  const jurisdictionsResult = useQuery(jurisdictionsQuery());
  // Links keep the selected period when it is not the latest.
  const linkSearch = periodState.isLatest ? '' : `?period=${encodeURIComponent(period)}`;
  return (
    <>
      <div className="page-intro">
        <p>{t('overview.intro', { period: periodLabel(period) })}</p>
        <PeriodSelect roadmap={roadmap} state={periodState} />
      </div>
      <SectionBoundary>
        <QueryState query={jurisdictionsResult} what={t('what.jurisdictions')} minHeight={420}>
          {(list) => (
            <QueryState query={progressResult} what={t('what.progress')} minHeight={420}>
              {(data) => (
                <Sections
                  roadmap={roadmap}
                  progress={data}
                  jurisdictions={list.items}
                  period={period}
                  linkSearch={linkSearch}
                />
              )}
            </QueryState>
          )}
        </QueryState>
      </SectionBoundary>
    </>
  );
}

/** "Kosovo* This designation is ..." for every jurisdiction whose name carries a footnote. */
function designationNotes(list: readonly Jurisdiction[]): string[] {
  return list.flatMap((j) => (j.designationFootnote ? [`${j.name} ${j.designationFootnote}`] : []));
}

function Sections({
  roadmap,
  progress,
  jurisdictions,
  period,
  linkSearch,
}: {
  roadmap: Roadmap;
  progress: Progress;
  jurisdictions: readonly Jurisdiction[];
  period: Period;
  linkSearch: string;
}) {
  const rows = useMemo(() => overviewRows(progress, jurisdictions), [progress, jurisdictions]);
  const footnotes = useMemo(() => designationNotes(jurisdictions), [jurisdictions]);
  return (
    <>
      <Headline rows={rows} period={period} />
      <AfterFirstPaint minHeight={480}>
        <SectionBoundary>
          <StatusSection rows={rows} footnotes={footnotes} period={period} source={roadmap.source} linkSearch={linkSearch} />
        </SectionBoundary>
        <SectionBoundary>
          <CompletionGridSection
            progress={progress}
            jurisdictions={jurisdictions}
            pillars={roadmap.pillars}
            period={period}
            source={roadmap.source}
            footnotes={footnotes}
            linkSearch={linkSearch}
          />
        </SectionBoundary>
        <SectionBoundary>
          <TrendSection progress={progress} jurisdictions={jurisdictions} source={roadmap.source} footnotes={footnotes} />
        </SectionBoundary>
      </AfterFirstPaint>
    </>
  );
}

function StatusSection({
  rows,
  footnotes,
  period,
  source,
  linkSearch,
}: {
  rows: OverviewRow[];
  footnotes: string[];
  period: Period;
  source: string;
  linkSearch: string;
}) {
  const { t } = useTranslation();
  const ends = extremes(rows);
  const takeaway = ends
    ? t('overview.takeawayLead', {
        leader: ends.leader.name,
        share: ends.leader.completionLabel,
        laggard: ends.laggard.name,
        lowShare: ends.laggard.completionLabel,
      })
    : t('overview.takeawayEmpty');
  const title = t('overview.statusTitle');
  const height = 64 + rows.length * 44;
  const label = `${title}: ${takeaway}`;
  // The same element while the data stays the same, so that changes elsewhere in the URL do not redraw the chart.
  const chart = useMemo(
    () => (
      <StatusBarChart
        rows={rows.map((r) => ({ name: r.name, counts: r.counts, endLabel: r.completionLabel }))}
        height={height}
        label={label}
      />
    ),
    [rows, height, label],
  );

  return (
    <>
      <ChartFrame
        id="status"
        slide={STATUS_SLIDE}
        title={title}
        caption={t('overview.statusCaption')}
        period={periodLabel(period)}
        source={source}
        takeaway={takeaway}
        footnotes={footnotes}
        chartHeight={height}
        chart={chart}
        fileNameParts={['roadmap', 'status-by-jurisdiction', period]}
        csv={() => ({
          ...statusCsvTable(rows, {
            jurisdiction: t('overview.jurisdiction'),
            completion: t('overview.completion'),
            statusLabel: (code) => t(`status.${code}`),
            overdue: t('overview.overdue'),
            total: t('overview.total'),
          }),
          notes: [t('chart.period', { period }), t('chart.source', { source }), ...footnotes],
        })}
        table={<StatusTable rows={rows} caption={`${title}, ${periodLabel(period)}`} linkSearch={linkSearch} />}
      />
    </>
  );
}

const STATUS_TABLE_COLUMNS = ['jurisdiction', 'completion', ...STATUS_CODES, 'overdue', 'total'];

function StatusTable({ rows, caption, linkSearch }: { rows: OverviewRow[]; caption: string; linkSearch: string }) {
  const { t } = useTranslation();
  const { sort, setSort, invalid } = useSortParam(STATUS_TABLE_COLUMNS);
  const columns = useMemo(
    (): DataColumn<OverviewRow>[] => [
      {
        id: 'jurisdiction',
        header: t('overview.jurisdiction'),
        rowHeader: true,
        value: (r) => r.name,
        cell: (r) => <Link to={`/jurisdictions/${r.code}${linkSearch}`}>{r.name}</Link>,
      },
      { id: 'completion', header: t('overview.completion'), numeric: true, value: (r) => r.completion, cell: (r) => r.completionLabel },
      ...STATUS_CODES.map(
        (code): DataColumn<OverviewRow> => ({
          id: code,
          header: <StatusBadge status={code} />,
          numeric: true,
          value: (r) => r.counts[code],
        }),
      ),
      { id: 'overdue', header: t('overview.overdue'), numeric: true, value: (r) => r.overdue },
      { id: 'total', header: t('overview.total'), numeric: true, value: (r) => r.total },
    ],
    [t, linkSearch],
  );
  return (
    <>
      {invalid !== null && (
        <p className="notice" role="status">
          {t('overview.sortInvalid', { value: invalid })}
        </p>
      )}
      <LazyDataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.code} sort={sort} onSortChange={setSort} />
    </>
  );
}
