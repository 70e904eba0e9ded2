/**
 * One pillar compared across the six jurisdictions: its commitments by status in each (chart and
 * table), its indicators with each jurisdiction's progress category, and its commitments.
 *
 * URL: /pillars/:pillarId ? period (default: the as-of period) & tables=status (table view)
 *      & sort (status table) & jurisdiction, csort, page (commitments list).
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { commitmentsQuery, indicatorsQuery, jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import {
  JURISDICTION_CODES,
  STATUS_CODES,
  type Commitment,
  type Indicator,
  type Jurisdiction,
  type JurisdictionCode,
  type Pillar,
  type Roadmap,
} from '../../api/schemas';
import { ChartFrame } from '../../components/chart-frame';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { IndicatorCategory } from '../../components/indicator-category';
import { NotFound } from '../../components/not-found';
import { PeriodSelect, usePeriod, type PeriodState } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { StatusBadge } from '../../components/status-badge';
import { useSortParam, useUpdateSearch } from '../../components/url-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatNumber, formatShare, periodLabel } from '../../domain/format';
import { indicatorProgressAt, type IndicatorStanding } from '../../domain/indicator-progress';
import { lastYearEndedBy } from '../../domain/indicator-series';
import { pillarRows, pillarStanding, pillarTotals, type PillarRow } from '../../domain/pillar-progress';
import { isOverdue } from '../../domain/progress';
import { statusCsvTable } from '../../domain/status-csv';
import { pillar } from '../../i18n/en/pillar';
import { addMessages } from '../../i18n/i18n';
import './pillar.css';

addMessages({ pillar });

const StatusBarChart = lazy(() => import('../../components/status-bar-chart'));

const COMMITMENTS_PAGE_SIZE = 25;

export function Component() {
  const { t } = useTranslation();
  const id = useParams().pillarId ?? '';
  const roadmap = useQuery(roadmapQuery());
  const pillar = roadmap.data?.pillars.find((p) => p.id === id);

  if (roadmap.data && !pillar) return <NotFound message={t('pillar.notFound', { id })} />;
  return (
    <QueryState query={roadmap} what={t('what.roadmap')} minHeight={480}>
      {(r) => (pillar ? <PillarPage roadmap={r} pillar={pillar} /> : null)}
    </QueryState>
  );
}

/** A link target that keeps the selected period when it is not the latest. */
function withPeriod(path: string, state: PeriodState): string {
  return state.isLatest ? path : `${path}?period=${encodeURIComponent(state.period)}`;
}

function kosovoFootnotes(jurisdictions: readonly Jurisdiction[]): string[] {
  return jurisdictions.flatMap((j) => (j.designationFootnote ? [`${j.name} ${j.designationFootnote}`] : []));
}

function PillarPage({ roadmap, pillar }: { roadmap: Roadmap; pillar: Pillar }) {
  const { t } = useTranslation();
  useDocumentTitle(pillar.name);
  const periodState = usePeriod(roadmap);
  const jurisdictionsResult = useQuery(jurisdictionsQuery());
  const progressResult = useQuery(progressQuery(periodState.period));
  const others = roadmap.pillars.filter((p) => p.id !== pillar.id);

  return (
    <>
      <p className="pillar-kicker">
        {t('pillar.kicker', { number: pillar.number, count: roadmap.pillars.length })}
        {pillar.reference && <> · {t('pillar.reference', { reference: pillar.reference })}</>}
      </p>
      <h1>{pillar.name}</h1>
      {pillar.description && <p className="pillar-description">{pillar.description}</p>}
      <div className="page-intro">
        <p>{t('pillar.intro', { period: periodLabel(periodState.period) })}</p>
        <PeriodSelect roadmap={roadmap} state={periodState} />
      </div>

      <SectionBoundary>
        <QueryState query={jurisdictionsResult} what={t('what.jurisdictions')} minHeight={420}>
          {(list) => (
            <QueryState query={progressResult} what={t('what.progress')} minHeight={420}>
              {(p) => (
                <StatusSection
                  rows={pillarRows(p, list.items, pillar.id)}
                  jurisdictions={list.items}
                  pillar={pillar}
                  periodState={periodState}
                  source={roadmap.source}
                />
              )}
            </QueryState>
          )}
        </QueryState>
      </SectionBoundary>

      <SectionBoundary>
        <IndicatorsSection pillar={pillar} periodState={periodState} />
      </SectionBoundary>

      <SectionBoundary>
        <CommitmentsSection pillar={pillar} periodState={periodState} />
      </SectionBoundary>

      {others.length > 0 && (
        <nav className="pillar-others" aria-labelledby="pillar-others-title">
          <h2 id="pillar-others-title">{t('pillar.others')}</h2>
          <ul>
            {others.map((p) => (
              <li key={p.id}>
                <Link to={withPeriod(`/pillars/${p.id}`, periodState)}>{t('pillar.pillarLink', { number: p.number, name: p.name })}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}

function StatusSection({
  rows,
  jurisdictions,
  pillar,
  periodState,
  source,
}: {
  rows: PillarRow[];
  jurisdictions: readonly Jurisdiction[];
  pillar: Pillar;
  periodState: PeriodState;
  source: string;
}) {
  const { t } = useTranslation();
  const { period } = periodState;
  const label = periodLabel(period);
  const standing = pillarStanding(rows);
  const takeaway =
    standing.kind === 'spread'
      ? t('pillar.status.takeawaySpread', {
          leader: standing.leader.name,
          share: formatShare(standing.leader.completion),
          laggard: standing.laggard.name,
          lowShare: formatShare(standing.laggard.completion),
        })
      : standing.kind === 'level'
        ? t('pillar.status.takeawayLevel', { share: formatShare(standing.share) })
        : t('pillar.status.takeawayNone', { period: label });
  const footnotes = kosovoFootnotes(jurisdictions);
  const title = t('pillar.status.title');
  const height = 64 + rows.length * 44;
  const totals = pillarTotals(rows);
  const figures = [
    { label: t('pillar.headline.total'), value: totals.total.toLocaleString('en') },
    { label: t('pillar.headline.completed'), value: totals.completed.toLocaleString('en') },
    { label: t('pillar.headline.overdue'), value: totals.overdue.toLocaleString('en') },
  ];

  return (
    <>
      <dl className="headline">
        {figures.map((f) => (
          <div key={f.label} className="headline-figure">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <ChartFrame
        id="status"
        title={title}
        caption={t('pillar.status.caption', { pillar: pillar.name })}
        period={label}
        source={source}
        takeaway={takeaway}
        footnotes={footnotes}
        chartHeight={height}
        chart={
          <StatusBarChart
            rows={rows.map((r) => ({ name: r.name, counts: r.counts, endLabel: formatShare(r.completion) }))}
            height={height}
            label={`${title}: ${takeaway}`}
          />
        }
        fileNameParts={['roadmap', 'pillar', pillar.id, 'status-by-jurisdiction', period]}
        slide={{ kind: 'pillar-status', param: pillar.id }}
        csv={() => ({
          ...statusCsvTable(rows, {
            jurisdiction: t('pillar.status.jurisdiction'),
            completion: t('pillar.status.completion'),
            statusLabel: (code) => t(`status.${code}`),
            overdue: t('pillar.status.overdue'),
            total: t('pillar.status.total'),
          }),
          notes: [
            t('pillar.status.pillarNote', { number: pillar.number, name: pillar.name, reference: pillar.reference }),
            t('chart.period', { period: `${label} (${period})` }),
            t('chart.source', { source }),
            ...footnotes,
          ],
        })}
        table={<StatusTable rows={rows} caption={t('pillar.status.tableCaption', { title, period: label })} periodState={periodState} />}
      />
    </>
  );
}

const STATUS_TABLE_COLUMNS = ['jurisdiction', 'completion', ...STATUS_CODES, 'overdue', 'total'];

function StatusTable({ rows, caption, periodState }: { rows: PillarRow[]; caption: string; periodState: PeriodState }) {
  const { t } = useTranslation();
  const { sort, setSort, invalid } = useSortParam(STATUS_TABLE_COLUMNS);
  const columns = useMemo(
    (): DataColumn<PillarRow>[] => [
      {
        id: 'jurisdiction',
        header: t('pillar.status.jurisdiction'),
        rowHeader: true,
        value: (r) => r.name,
        cell: (r) => <Link to={withPeriod(`/jurisdictions/${r.code}`, periodState)}>{r.name}</Link>,
      },
      { id: 'completion', header: t('pillar.status.completion'), numeric: true, value: (r) => r.completion, cell: (r) => formatShare(r.completion) },
      ...STATUS_CODES.map(
        (code): DataColumn<PillarRow> => ({
          id: code,
          header: <StatusBadge status={code} />,
          numeric: true,
          value: (r) => r.counts[code],
        }),
      ),
      { id: 'overdue', header: t('pillar.status.overdue'), numeric: true, value: (r) => r.overdue },
      { id: 'total', header: t('pillar.status.total'), numeric: true, value: (r) => r.total },
    ],
    [t, periodState],
  );
  return (
    <>
      {invalid !== null && (
        <p className="notice" role="status">
          {t('pillar.sortInvalid', { value: invalid })}
        </p>
      )}
      <LazyDataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.code} sort={sort} onSortChange={setSort} />
    </>
  );
}

interface IndicatorRow extends Pick<IndicatorStanding, 'progress' | 'latest'> {
  code: JurisdictionCode;
  name: string;
}

function IndicatorsSection({ pillar, periodState }: { pillar: Pillar; periodState: PeriodState }) {
  const { t } = useTranslation();
  const indicatorsResult = useQuery(indicatorsQuery({ pillar: pillar.id }));
  const jurisdictionsResult = useQuery(jurisdictionsQuery());
  return (
    <section aria-labelledby="pillar-indicators-title">
      <h2 id="pillar-indicators-title">{t('pillar.indicators.title')}</h2>
      <QueryState query={jurisdictionsResult} what={t('what.jurisdictions')} minHeight={200}>
        {(list) => (
          <QueryState query={indicatorsResult} what={t('what.indicators')} minHeight={200}>
            {(data) =>
              data.items.length === 0 ? (
                <p>{t('pillar.indicators.none')}</p>
              ) : (
                <>
                  <p>
                    {t('pillar.indicators.intro', {
                      period: periodLabel(periodState.period),
                      year: lastYearEndedBy(periodState.period),
                    })}
                  </p>
                  <div className="pillar-indicators">
                    {data.items.map((indicator) => (
                      <IndicatorCard key={indicator.id} indicator={indicator} jurisdictions={list.items} periodState={periodState} />
                    ))}
                  </div>
                  {kosovoFootnotes(list.items).map((note) => (
                    <p key={note} className="footnote">
                      {note}
                    </p>
                  ))}
                </>
              )
            }
          </QueryState>
        )}
      </QueryState>
    </section>
  );
}

function IndicatorCard({
  indicator,
  jurisdictions,
  periodState,
}: {
  indicator: Indicator;
  jurisdictions: readonly Jurisdiction[];
  periodState: PeriodState;
}) {
  const { t } = useTranslation();
  const rows = useMemo(
    (): IndicatorRow[] =>
      jurisdictions.flatMap((j) => {
        const standing = indicatorProgressAt(indicator, j.code, periodState.period);
        return standing ? [{ code: j.code, name: j.name, progress: standing.progress, latest: standing.latest }] : [];
      }),
    [indicator, jurisdictions, periodState.period],
  );
  const columns = useMemo(
    (): DataColumn<IndicatorRow>[] => [
      { id: 'jurisdiction', header: t('pillar.indicators.jurisdiction'), rowHeader: true, value: (r) => r.name },
      {
        id: 'category',
        header: t('pillar.indicators.category'),
        value: (r) => r.progress.category,
        cell: (r) => <IndicatorCategory category={r.progress.category} />,
      },
      {
        id: 'latest',
        header: t('pillar.indicators.latest'),
        numeric: true,
        value: (r) => r.latest?.value ?? null,
        cell: (r) =>
          r.latest
            ? t('pillar.indicators.valueInYear', { value: formatNumber(r.latest.value, indicator.unit === '%' ? '%' : undefined), year: r.latest.year })
            : t('pillar.indicators.noValue'),
      },
    ],
    [t, indicator.unit],
  );
  return (
    <article className="pillar-indicator" aria-labelledby={`indicator-${indicator.id}`}>
      <h3 id={`indicator-${indicator.id}`}>
        <Link to={withPeriod(`/indicators/${indicator.id}`, periodState)}>{indicator.name}</Link>
      </h3>
      <dl className="pillar-indicator-facts">
        <div>
          <dt>{t('pillar.indicators.unit')}</dt>
          <dd>{indicator.unit}</dd>
        </div>
        <div>
          <dt>{t('pillar.indicators.direction')}</dt>
          <dd>{indicator.direction === 'higher' ? t('pillar.indicators.higher') : t('pillar.indicators.lower')}</dd>
        </div>
      </dl>
      <LazyDataTable caption={t('pillar.indicators.caption', { name: indicator.name, unit: indicator.unit })} columns={columns} rows={rows} rowKey={(r) => r.code} />
    </article>
  );
}

const COMMITMENT_COLUMNS = ['id', 'title', 'jurisdiction', 'institution', 'deadline', 'status', 'overdue'];

interface CommitmentRow extends Commitment {
  jurisdictionName: string;
  overdue: boolean;
}

function parsePage(raw: string | null): { page: number; invalid: string | null } {
  if (raw === null) return { page: 1, invalid: null };
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? { page: Number(raw), invalid: null } : { page: 1, invalid: raw };
}

function CommitmentsSection({ pillar, periodState }: { pillar: Pillar; periodState: PeriodState }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const update = useUpdateSearch();
  const rawJurisdiction = searchParams.get('jurisdiction');
  const jurisdiction = JURISDICTION_CODES.find((c) => c === rawJurisdiction);
  const invalidJurisdiction = rawJurisdiction !== null && rawJurisdiction !== '' && !jurisdiction ? rawJurisdiction : null;
  const pageParam = parsePage(searchParams.get('page'));
  const { sort, setSort, invalid: invalidSort } = useSortParam(COMMITMENT_COLUMNS, 'csort');
  const commitments = useQuery(commitmentsQuery({ pillar: pillar.id, period: periodState.period, jurisdiction }));
  const { data: jurisdictionList } = useQuery(jurisdictionsQuery());
  const names = useMemo(() => new Map(jurisdictionList?.items.map((j) => [j.code, j.name])), [jurisdictionList]);
  const rows = useMemo(
    (): CommitmentRow[] =>
      (commitments.data?.items ?? []).map((c) => ({
        ...c,
        jurisdictionName: names.get(c.jurisdiction) ?? c.jurisdiction,
        overdue: isOverdue(c.deadline, c.status, periodState.period),
      })),
    [commitments.data, names, periodState.period],
  );
  const pageCount = Math.max(1, Math.ceil(rows.length / COMMITMENTS_PAGE_SIZE));
  const pageInvalid = pageParam.invalid ?? (commitments.data && pageParam.page > pageCount ? String(pageParam.page) : null);
  const page = pageInvalid === null ? pageParam.page : 1;

  const columns = useMemo(
    (): DataColumn<CommitmentRow>[] => [
      {
        id: 'id',
        header: t('pillar.commitments.id'),
        rowHeader: true,
        value: (r) => r.id,
        cell: (r) => <Link to={withPeriod(`/commitments/${r.id}`, periodState)}>{r.id}</Link>,
      },
      { id: 'title', header: t('pillar.commitments.titleColumn'), value: (r) => r.title, cell: (r) => <span className="pillar-wrap">{r.title}</span> },
      { id: 'jurisdiction', header: t('pillar.commitments.jurisdiction'), value: (r) => r.jurisdictionName },
      { id: 'institution', header: t('pillar.commitments.institution'), value: (r) => r.institution, cell: (r) => <span className="pillar-wrap">{r.institution}</span> },
      { id: 'deadline', header: t('pillar.commitments.deadline'), value: (r) => r.deadline },
      { id: 'status', header: t('pillar.commitments.status'), value: (r) => r.status, cell: (r) => <StatusBadge status={r.status} /> },
      {
        id: 'overdue',
        header: t('pillar.commitments.overdue'),
        value: (r) => (r.overdue ? 1 : 0),
        cell: (r) => (r.overdue ? <strong>{t('pillar.commitments.overdueYes')}</strong> : t('pillar.commitments.overdueNo')),
      },
    ],
    [t, periodState],
  );
  const jurisdictionLabel = jurisdiction ? (names.get(jurisdiction) ?? jurisdiction) : t('pillar.commitments.all');

  return (
    <section aria-labelledby="pillar-commitments-title">
      <h2 id="pillar-commitments-title">{t('pillar.commitments.title')}</h2>
      <div className="pillar-filter">
        <label htmlFor="pillar-jurisdiction">{t('pillar.commitments.filter')}</label>
        <select
          id="pillar-jurisdiction"
          value={jurisdiction ?? ''}
          onChange={(event) => update({ jurisdiction: event.target.value || undefined, page: undefined })}
        >
          <option value="">{t('pillar.commitments.all')}</option>
          {(jurisdictionList?.items ?? []).map((j) => (
            <option key={j.code} value={j.code}>
              {j.name}
            </option>
          ))}
        </select>
      </div>
      {invalidJurisdiction !== null && (
        <p className="notice" role="status">
          {t('pillar.commitments.invalid', { value: invalidJurisdiction })}
        </p>
      )}
      {pageInvalid !== null && (
        <p className="notice" role="status">
          {t('pillar.commitments.pageInvalid', { value: pageInvalid })}
        </p>
      )}
      {invalidSort !== null && (
        <p className="notice" role="status">
          {t('pillar.sortInvalid', { value: invalidSort })}
        </p>
      )}
      <QueryState query={commitments} what={t('what.commitments')} minHeight={240}>
        {() => (
          <LazyDataTable
            caption={t('pillar.commitments.caption', { period: periodLabel(periodState.period), who: jurisdictionLabel })}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            sort={sort}
            onSortChange={setSort}
            pageSize={COMMITMENTS_PAGE_SIZE}
            page={page - 1}
            onPageChange={(index) => update({ page: index > 0 ? String(index + 1) : undefined })}
            emptyMessage={t('pillar.commitments.empty')}
          />
        )}
      </QueryState>
    </section>
  );
}
