/**
 * The pillar's commitments in every jurisdiction, or in one (`?jurisdiction=`), sorted (`?csort=`)
 * and in pages of 25 (`?page=`); `?ref=` keeps those tagged with one framework reference.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { commitmentsQuery, jurisdictionsQuery } from '../../api/queries';
import { JURISDICTION_CODES, type Commitment, type FrameworkRef, type Pillar } from '../../api/schemas';
import { FollowFilters, useFollowRows } from '../../components/follow-filters';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import type { PeriodState } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { useSortParam, useUpdateSearch } from '../../components/url-state';
import { linkTo } from '../../domain/links';
import { isOverdue } from '../../domain/progress';
import { parsePage } from '../../domain/sort';
import { fallbackLang } from '../../domain/translation';
import { usePeriodLabel } from '../../components/period-label';

const COMMITMENTS_PAGE_SIZE = 25;

const COMMITMENT_COLUMNS = ['id', 'title', 'jurisdiction', 'institution', 'deadline', 'status', 'overdue'];

const NONE: Commitment[] = [];

interface CommitmentRow extends Commitment {
  jurisdictionName: string;
  overdue: boolean;
}

export function CommitmentsSection({ pillar, periodState, references }: { pillar: Pillar; periodState: PeriodState; references: readonly FrameworkRef[] }) {
  const periodName = usePeriodLabel();
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
  const follow = useFollowRows(commitments.data?.items ?? NONE, periodState.period, references);
  const rows = useMemo(
    (): CommitmentRow[] =>
      follow.items.map((c) => ({
        ...c,
        jurisdictionName: names.get(c.jurisdiction) ?? c.jurisdiction,
        overdue: isOverdue(c.deadline, c.status, periodState.period),
      })),
    [follow.items, names, periodState.period],
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
        cell: (r) => <Link to={linkTo(`/commitments/${encodeURIComponent(r.id)}`, searchParams)}>{r.id}</Link>,
      },
      { id: 'title', header: t('pillar.commitments.titleColumn'), value: (r) => r.title, cell: (r) => (
          <span className="pillar-wrap" lang={fallbackLang(r, 'title')}>
            {r.title}
          </span>
        ),
      },
      { id: 'jurisdiction', header: t('pillar.commitments.jurisdiction'), value: (r) => r.jurisdictionName },
      { id: 'institution', header: t('pillar.commitments.institution'), value: (r) => r.institution, cell: (r) => (
          <span className="pillar-wrap" lang={fallbackLang(r, 'institution')}>
            {r.institution}
          </span>
        ),
      },
      { id: 'deadline', header: t('pillar.commitments.deadline'), value: (r) => r.deadline },
      { id: 'status', header: t('pillar.commitments.status'), value: (r) => r.status, cell: (r) => <StatusBadge status={r.status} /> },
      {
        id: 'overdue',
        header: t('pillar.commitments.overdue'),
        value: (r) => (r.overdue ? 1 : 0),
        cell: (r) => (r.overdue ? <strong>{t('pillar.commitments.overdueYes')}</strong> : t('pillar.commitments.overdueNo')),
      },
    ],
    [t, searchParams],
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
        <FollowFilters references={references} url={follow.url} />
      </div>
      {follow.notices.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}
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
            caption={t('pillar.commitments.caption', { period: periodName(periodState.period), who: jurisdictionLabel })}
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
