import { useDeferredValue, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberLocale } from '../../components/use-number-locale';
import { Link } from 'react-router';
import { STATUS_CODES, type Jurisdiction, type Period, type Pillar, type StatusCode } from '../../api/schemas';
import type { DataColumn, TableSort } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { StatusBadge } from '../../components/status-badge';
import { useSortParam } from '../../components/url-state';
import { MISSING, formatCount } from '../../domain/format';
import {
  COMMITMENT_SORT_KEYS,
  commitmentSortValue,
  DEFAULT_COMMITMENT_SORT,
  filterCommitmentRows,
  isCommitmentSortKey,
  isFiltered,
  sortCommitmentRows,
  type CommitmentFilter,
  type CommitmentRow,
  type CommitmentSortKey,
} from '../../domain/jurisdiction-commitments';
import { downloadCsv } from '../../components/download';
import { useCommitmentUrlState, useSetCommitmentFilters } from './url-filters';
import { fallbackLang } from '../../domain/translation';
import { usePeriodLabel } from '../../components/period-label';

export const COMMITMENTS_PAGE_SIZE = 50;
/** Typing pauses this long before the search is written to the URL. */
const SEARCH_DELAY_MS = 300;

interface Props {
  rows: readonly CommitmentRow[];
  pillars: readonly Pillar[];
  jurisdiction: Jurisdiction;
  period: Period;
  source: string;
  footnotes: string[];
  /** More filters (?ref=, ?moved=1), columns and notices (follow-filters.tsx); `extraActive`: one of those filters is set. */
  extra?: { filters: ReactNode; columns: DataColumn<CommitmentRow>[]; notices: string[]; active: boolean };
}

/**
 * The jurisdiction's commitments: filters by pillar, status and overdue, free-text search, sort and
 * pages, all in the URL; a count of the matching rows; a CSV download of the matching rows.
 */
export function CommitmentsSection({ rows, pillars, jurisdiction, period, source, footnotes, extra }: Props) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const numberLocale = useNumberLocale();
  const headingId = useId();
  const pillarIds = useMemo(() => pillars.map((p) => p.id), [pillars]);
  const pillarNames = useMemo(() => new Map(pillars.map((p) => [p.id, p.shortName])), [pillars]);
  const url = useCommitmentUrlState(pillarIds);
  const { set, clear, setPage } = useSetCommitmentFilters();
  const sortParam = useSortParam(COMMITMENT_SORT_KEYS);

  // The search box answers at once; the URL follows when typing pauses (replacing the history
  // entry). A ?q= that this box wrote leaves the box alone (typing may have gone on since); any
  // other change of ?q= (back button, a link, Clear filters) replaces what is in the box.
  const [draft, setDraft] = useState(url.query);
  const [seenQuery, setSeenQuery] = useState(url.query);
  const [written, setWritten] = useState<string | null>(null);
  if (url.query !== seenQuery) {
    setSeenQuery(url.query);
    setWritten(null);
    if (url.query !== written) setDraft(url.query);
  }
  useEffect(() => {
    const value = draft.trim();
    if (value === url.query) return;
    const timer = setTimeout(() => {
      setWritten(value);
      set({ query: value }, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, url.query, set]);
  const query = useDeferredValue(draft);

  const filter = useMemo(
    (): CommitmentFilter => ({ pillar: url.pillar, status: url.status, overdueOnly: url.overdueOnly, query }),
    [url.pillar, url.status, url.overdueOnly, query],
  );
  const filtered = useMemo(() => filterCommitmentRows(rows, filter), [rows, filter]);
  // Clear filters also removes filter values that were not understood.
  const filtersActive =
    isFiltered({ ...filter, query: draft }) || url.invalid.pillar !== null || url.invalid.status !== null || url.invalid.overdue !== null || !!extra?.active;

  const sortId = sortParam.sort?.id ?? null;
  const sortDesc = sortParam.sort?.desc ?? false;
  const sort = useMemo(
    (): { id: CommitmentSortKey; desc: boolean } =>
      sortId !== null && isCommitmentSortKey(sortId) ? { id: sortId, desc: sortDesc } : DEFAULT_COMMITMENT_SORT,
    [sortId, sortDesc],
  );
  const onSortChange = (next: TableSort | null) =>
    sortParam.setSort(next && !(next.id === DEFAULT_COMMITMENT_SORT.id && next.desc === DEFAULT_COMMITMENT_SORT.desc) ? next : null);

  const pageCount = Math.max(1, Math.ceil(filtered.length / COMMITMENTS_PAGE_SIZE));
  const pageOutOfRange = url.page > pageCount;
  const pageIndex = pageOutOfRange ? 0 : url.page - 1;
  const invalidPage = url.invalid.page ?? (pageOutOfRange ? String(url.page) : null);

  // Each column sorts by commitmentSortValue, the value the CSV download is ordered by.
  const columns = useMemo(
    (): DataColumn<CommitmentRow>[] => [
      {
        id: 'title',
        header: t('jurisdiction.commitments.commitment'),
        rowHeader: true,
        value: byColumn('title'),
        cell: (r) => (
          <>
            <Link to={`/commitments/${encodeURIComponent(r.id)}`} lang={fallbackLang(r, 'title')}>
              {r.title}
            </Link>
            <span className="commitment-id">{r.id}</span>
          </>
        ),
      },
      { id: 'pillar', header: t('jurisdiction.commitments.pillar'), value: byColumn('pillar'), cell: (r) => pillarNames.get(r.pillar) ?? r.pillar },
      { id: 'institution', header: t('jurisdiction.commitments.institution'), value: byColumn('institution') },
      { id: 'deadline', header: t('jurisdiction.commitments.deadline'), value: byColumn('deadline') },
      { id: 'status', header: t('jurisdiction.commitments.status'), value: byColumn('status'), cell: (r) => <StatusBadge status={r.status} /> },
      {
        id: 'overdue',
        header: t('jurisdiction.commitments.overdue'),
        value: byColumn('overdue'),
        cell: (r) => (r.overdue ? <span className="overdue-flag">{t('jurisdiction.commitments.overdueYes')}</span> : MISSING),
      },
      { id: 'lastUpdate', header: t('jurisdiction.commitments.lastUpdate'), value: byColumn('lastUpdate'), cell: (r) => periodName(r.lastUpdate) },
      ...(extra?.columns ?? []),
    ],
    [t, pillarNames, periodName, extra?.columns],
  );

  function onSearchChange(value: string) {
    setDraft(value);
    if (url.page !== 1 || url.invalid.page !== null) setPage(1, { replace: true });
  }

  function onClear() {
    setDraft('');
    clear();
  }

  function onDownload() {
    const ordered = sortCommitmentRows(filtered, sort);
    const parts: (string | null)[] = [
      filter.pillar !== null ? t('jurisdiction.commitments.csvPillar', { pillar: pillarNames.get(filter.pillar) ?? filter.pillar }) : null,
      filter.status !== null ? t('jurisdiction.commitments.csvStatus', { status: t(`status.${filter.status}`) }) : null,
      filter.overdueOnly ? t('jurisdiction.commitments.csvOverdue') : null,
      filter.query.trim() ? t('jurisdiction.commitments.csvSearch', { query: filter.query.trim() }) : null,
    ];
    const described = parts.filter((p): p is string => p !== null);
    void downloadCsv(
      {
        columns: [
          { key: 'id', label: t('jurisdiction.commitments.id') },
          { key: 'title', label: t('jurisdiction.commitments.commitment') },
          { key: 'pillar', label: t('jurisdiction.commitments.pillar') },
          { key: 'institution', label: t('jurisdiction.commitments.institution') },
          { key: 'deadline', label: t('jurisdiction.commitments.deadline') },
          { key: 'status', label: t('jurisdiction.commitments.status') },
          { key: 'overdue', label: t('jurisdiction.commitments.overdue') },
          { key: 'lastUpdate', label: t('jurisdiction.commitments.lastUpdate') },
        ],
        rows: ordered.map((r) => ({
          id: r.id,
          title: r.title,
          pillar: pillarNames.get(r.pillar) ?? r.pillar,
          institution: r.institution,
          deadline: r.deadline,
          status: t(`status.${r.status}`),
          overdue: r.overdue ? t('jurisdiction.commitments.yes') : t('jurisdiction.commitments.no'),
          lastUpdate: r.lastUpdate,
        })),
        notes: [
          jurisdiction.name,
          t('chart.period', { period: periodName(period) }),
          t('chart.source', { source }),
          described.length > 0 ? t('jurisdiction.commitments.csvFilters', { filters: described.join('; ') }) : t('jurisdiction.commitments.csvNoFilters'),
          ...footnotes,
        ],
      },
      ['roadmap', jurisdiction.code, 'commitments', period],
    );
  }

  const ids = { pillar: `${headingId}-pillar`, status: `${headingId}-status`, overdue: `${headingId}-overdue`, search: `${headingId}-search`, hint: `${headingId}-hint` };
  const notices: (string | false)[] = [
    url.invalid.pillar !== null && t('jurisdiction.commitments.invalidPillar', { value: url.invalid.pillar }),
    url.invalid.status !== null && t('jurisdiction.commitments.invalidStatus', { value: url.invalid.status }),
    url.invalid.overdue !== null && t('jurisdiction.commitments.invalidOverdue', { value: url.invalid.overdue }),
    invalidPage !== null && t('jurisdiction.commitments.invalidPage', { value: invalidPage }),
    sortParam.invalid !== null && t('jurisdiction.commitments.invalidSort', { value: sortParam.invalid }),
    ...(extra?.notices ?? []),
  ];
  const shownNotices = notices.filter((n): n is string => typeof n === 'string');

  return (
    <section className="jurisdiction-commitments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('jurisdiction.commitments.title')}</h2>
      {shownNotices.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}
      {rows.length === 0 && !extra?.active ? (
        <p>{t('jurisdiction.commitments.none', { name: jurisdiction.name, period: periodName(period) })}</p>
      ) : (
        <>
          <form className="commitment-filters" role="search" aria-label={t('jurisdiction.commitments.filters')} onSubmit={(e) => e.preventDefault()}>
            <div className="filter-field filter-pillar">
              <label htmlFor={ids.pillar}>{t('jurisdiction.commitments.pillar')}</label>
              <select id={ids.pillar} value={url.pillar ?? ''} onChange={(e) => set({ pillar: e.target.value || null })}>
                <option value="">{t('jurisdiction.commitments.allPillars')}</option>
                {pillars.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter-field">
              <label htmlFor={ids.status}>{t('jurisdiction.commitments.status')}</label>
              <select
                id={ids.status}
                value={url.status ?? ''}
                onChange={(e) => set({ status: (e.target.value || null) as StatusCode | null })}
              >
                <option value="">{t('jurisdiction.commitments.allStatuses')}</option>
                {STATUS_CODES.map((code) => (
                  <option key={code} value={code}>
                    {t(`status.${code}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter-field filter-check">
              <input id={ids.overdue} type="checkbox" checked={url.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} />
              <label htmlFor={ids.overdue}>{t('jurisdiction.commitments.overdueOnly')}</label>
            </div>
            {extra?.filters}
            <div className="filter-field filter-search">
              <label htmlFor={ids.search}>{t('jurisdiction.commitments.search')}</label>
              <input id={ids.search} type="search" value={draft} onChange={(e) => onSearchChange(e.target.value)} autoComplete="off" />
            </div>
            <div className="filter-field filter-clear">
              <button type="button" onClick={onClear} disabled={!filtersActive}>
                {t('jurisdiction.commitments.clear')}
              </button>
            </div>
          </form>
          <div className="commitments-bar">
            <p role="status" className="commitment-count">
              {t('jurisdiction.commitments.count', {
                count: rows.length,
                shown: formatCount(filtered.length, numberLocale),
                total: formatCount(rows.length, numberLocale),
              })}
            </p>
            <div className="commitments-download">
              <button type="button" onClick={onDownload} aria-describedby={ids.hint}>
                {t('jurisdiction.commitments.download')}
              </button>
              <p id={ids.hint} className="footnote">
                {t('jurisdiction.commitments.downloadHint', { count: filtered.length, shown: formatCount(filtered.length, numberLocale) })}
              </p>
            </div>
          </div>
          <div className={query !== draft ? 'commitments-table is-updating' : 'commitments-table'}>
            <LazyDataTable
              caption={t('jurisdiction.commitments.caption', { name: jurisdiction.name, period: periodName(period) })}
              columns={columns}
              rows={filtered}
              rowKey={rowKey}
              sort={sort}
              onSortChange={onSortChange}
              pageSize={COMMITMENTS_PAGE_SIZE}
              page={pageIndex}
              onPageChange={(index) => setPage(index + 1)}
              emptyMessage={t('jurisdiction.commitments.empty')}
            />
          </div>
        </>
      )}
    </section>
  );
}

function byColumn(key: CommitmentSortKey): (row: CommitmentRow) => string | number {
  return (row) => commitmentSortValue(row, key);
}

function rowKey(row: CommitmentRow): string {
  return row.id;
}
