import { useQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import { STATUS_CODES, type Jurisdiction, type Roadmap } from '../../api/schemas';
import { ChartFrame } from '../../components/chart-frame';
import { DataTable, type DataColumn } from '../../components/data-table';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { StatusBadge } from '../../components/status-badge';
import { useSortParam } from '../../components/url-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { periodLabel } from '../../domain/format';
import { isPeriod } from '../../domain/periods';
import { extremes, overviewRows, type OverviewRow } from './overview-data';

const StatusBarChart = lazy(() => import('../../components/status-bar-chart'));

export function makeLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const period = new URL(request.url).searchParams.get('period');
    void queryClient.prefetchQuery(jurisdictionsQuery());
    void queryClient
      .ensureQueryData(roadmapQuery())
      .then((roadmap) =>
        queryClient.prefetchQuery(progressQuery(isPeriod(period) && roadmap.periods.includes(period) ? period : roadmap.asOfPeriod)),
      )
      .catch(() => undefined);
    return null;
  };
}

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
  const progress = useQuery(progressQuery(periodState.period));
  const jurisdictions = useQuery(jurisdictionsQuery());
  return (
    <>
      <div className="page-intro">
        <p>{t('overview.intro', { period: periodLabel(periodState.period) })}</p>
        <PeriodSelect roadmap={roadmap} state={periodState} />
      </div>
      <SectionBoundary>
        <QueryState query={jurisdictions} what={t('what.jurisdictions')} minHeight={420}>
          {(list) => (
            <QueryState query={progress} what={t('what.progress')} minHeight={420}>
              {(data) => (
                <StatusSection
                  rows={overviewRows(data, list.items)}
                  jurisdictions={list.items}
                  period={periodState.period}
                  source={roadmap.source}
                />
              )}
            </QueryState>
          )}
        </QueryState>
      </SectionBoundary>
    </>
  );
}

function Headline({ rows }: { rows: OverviewRow[] }) {
  const { t } = useTranslation();
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const completed = rows.reduce((sum, r) => sum + r.counts.completed, 0);
  const overdue = rows.reduce((sum, r) => sum + r.overdue, 0);
  const figures = [
    { label: t('overview.headline.total'), value: total.toLocaleString('en') },
    { label: t('overview.headline.completed'), value: completed.toLocaleString('en') },
    { label: t('overview.headline.overdue'), value: overdue.toLocaleString('en') },
  ];
  return (
    <dl className="headline">
      {figures.map((f) => (
        <div key={f.label} className="headline-figure">
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function StatusSection({
  rows,
  jurisdictions,
  period,
  source,
}: {
  rows: OverviewRow[];
  jurisdictions: readonly Jurisdiction[];
  period: string;
  source: string;
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
  const footnotes = jurisdictions.flatMap((j) => (j.designationFootnote ? [`${j.name} ${j.designationFootnote}`] : []));
  const title = t('overview.statusTitle');
  const height = 64 + rows.length * 44;

  return (
    <>
      <Headline rows={rows} />
      <ChartFrame
        id="status"
        title={title}
        caption={t('overview.statusCaption')}
        period={periodLabel(period)}
        source={source}
        takeaway={takeaway}
        footnotes={footnotes}
        chartHeight={height}
        chart={
          <StatusBarChart
            rows={rows.map((r) => ({ name: r.name, counts: r.counts, endLabel: r.completionLabel }))}
            height={height}
            label={`${title}: ${takeaway}`}
          />
        }
        fileNameParts={['roadmap', 'status-by-jurisdiction', period]}
        csv={() => ({
          columns: [
            { key: 'jurisdiction', label: t('overview.jurisdiction') },
            { key: 'completion', label: `${t('overview.completion')} (%)` },
            ...STATUS_CODES.map((code) => ({ key: code, label: t(`status.${code}`) })),
            { key: 'overdue', label: t('overview.overdue') },
            { key: 'total', label: t('overview.total') },
          ],
          rows: rows.map((r) => ({
            jurisdiction: r.name,
            completion: r.completion === null ? null : Math.round(r.completion * 1000) / 10,
            ...r.counts,
            overdue: r.overdue,
            total: r.total,
          })),
          notes: [t('chart.period', { period }), t('chart.source', { source }), ...footnotes],
        })}
        table={<StatusTable rows={rows} caption={`${title}, ${periodLabel(period)}`} />}
      />
    </>
  );
}

const STATUS_TABLE_COLUMNS = ['jurisdiction', 'completion', ...STATUS_CODES, 'overdue', 'total'];

function StatusTable({ rows, caption }: { rows: OverviewRow[]; caption: string }) {
  const { t } = useTranslation();
  const { sort, setSort } = useSortParam(STATUS_TABLE_COLUMNS);
  const columns = useMemo(
    (): DataColumn<OverviewRow>[] => [
      {
        id: 'jurisdiction',
        header: t('overview.jurisdiction'),
        rowHeader: true,
        value: (r) => r.name,
        cell: (r) => <Link to={`/jurisdictions/${r.code}`}>{r.name}</Link>,
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
    [t],
  );
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.code} sort={sort} onSortChange={setSort} />;
}
