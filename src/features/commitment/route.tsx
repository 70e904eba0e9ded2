import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fallbackLang } from '../../domain/translation';
import { Link, useParams, useSearchParams } from 'react-router';
import { isNotFound } from '../../api/errors';
import { commitmentQuery, jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import type { CommitmentDetail, Roadmap } from '../../api/schemas';
import { NotFound } from '../../components/not-found';
import { PeriodSelect, usePeriod, type PeriodState } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatIsoDate } from '../../domain/commitment-detail';
import { apiPeriodFor } from '../../domain/periods';
import { commitment } from '../../i18n/en/commitment';
import { addMessages } from '../../i18n/i18n';
import { CommitmentFacts } from './commitment-facts';
import { DeadlineHistory } from './deadline-history';
import { EvidenceList } from './evidence-list';
import { FrameworkRefs } from './framework-refs';
import { StatusTimeline } from './status-timeline';
import './commitment.css';
import { usePeriodLabel } from '../../components/period-label';
import { useNumberLocale } from '../../components/use-number-locale';

addMessages({ commitment });

export function Component() {
  const { t } = useTranslation();
  const id = useParams().commitmentId ?? '';
  const [searchParams] = useSearchParams();
  const roadmap = useQuery(roadmapQuery());
  const apiPeriod = roadmap.data ? apiPeriodFor(roadmap.data, searchParams.get('period')) : undefined;
  const detail = useQuery({ ...commitmentQuery(id, apiPeriod), enabled: roadmap.isSuccess });
  // A 404 at an earlier period may only mean "not yet added": the latest version tells the two apart.
  const missingAtPeriod = apiPeriod !== undefined && isNotFound(detail.error);
  const latest = useQuery({ ...commitmentQuery(id), enabled: missingAtPeriod });
  useDocumentTitle(detail.data?.title ?? latest.data?.title ?? t('commitment.title', { id }));

  if (isNotFound(detail.error) && (apiPeriod === undefined || isNotFound(latest.error))) {
    return <NotFound message={t('commitment.notFound', { id })} />;
  }
  return (
    <QueryState query={roadmap} what={t('what.roadmap')} minHeight={480}>
      {(r) => <CommitmentPage roadmap={r} id={id} detail={missingAtPeriod ? latest : detail} notYet={missingAtPeriod} />}
    </QueryState>
  );
}

interface PageProps {
  roadmap: Roadmap;
  id: string;
  /** The commitment at the selected period, or (when it was not yet added then) at the latest. */
  detail: UseQueryResult<CommitmentDetail>;
  notYet: boolean;
}

function CommitmentPage({ roadmap, id, detail, notYet }: PageProps) {
  const dateLocale = useNumberLocale();
  const { t } = useTranslation();
  const periodState = usePeriod(roadmap);
  const jurisdictions = useQuery(jurisdictionsQuery());
  const linkSearch = periodState.isLatest ? '' : `?period=${encodeURIComponent(periodState.period)}`;
  return (
    <QueryState query={detail} what={t('commitment.what')} minHeight={480}>
      {(c) => {
        const jurisdiction = jurisdictions.data?.items.find((j) => j.code === c.jurisdiction);
        const jurisdictionName = jurisdiction?.name ?? c.jurisdiction;
        return (
          <article className="commitment">
            <nav aria-label={t('commitment.breadcrumb')} className="breadcrumb">
              <ol>
                <li>
                  <Link to={`/${linkSearch}`}>{t('commitment.overview')}</Link>
                </li>
                <li>
                  <Link to={`/jurisdictions/${c.jurisdiction}${linkSearch}`}>{jurisdictionName}</Link>
                </li>
                <li aria-current="page">{c.id}</li>
              </ol>
            </nav>
            <p className="commitment-id">{t('commitment.id', { id: c.id })}</p>
            <h1 lang={fallbackLang(c, 'title')}>{c.title}</h1>
            <div className="page-intro">
              <p>{t('period.asOf', { date: formatIsoDate(roadmap.asOf, dateLocale) })}</p>
              <PeriodSelect roadmap={roadmap} state={periodState} />
            </div>
            {notYet ? (
              <NotYet id={id} periodState={periodState} />
            ) : (
              <>
                <p className="commitment-description" lang={fallbackLang(c, 'description')}>
                  {c.description}
                </p>
                <CommitmentFacts
                  commitment={c}
                  roadmap={roadmap}
                  jurisdiction={jurisdiction}
                  period={periodState.period}
                  linkSearch={linkSearch}
                />
                <SectionBoundary>
                  <StatusTimeline commitment={c} periods={roadmap.periods} period={periodState.period} />
                </SectionBoundary>
                <SectionBoundary>
                  <DeadlineHistory commitment={c} period={periodState.period} />
                </SectionBoundary>
                <SectionBoundary>
                  <EvidenceList evidence={c.evidence} period={periodState.period} />
                </SectionBoundary>
                <SectionBoundary>
                  <FrameworkRefs commitment={c} roadmap={roadmap} />
                </SectionBoundary>
                <p className="footnote">{t('commitment.source', { source: roadmap.source })}</p>
              </>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}

function NotYet({ id, periodState }: { id: string; periodState: PeriodState }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  return (
    <div className="notice commitment-not-yet" role="status">
      <p>{t('commitment.notYet', { id, period: periodName(periodState.period) })}</p>
      <p>
        <Link to={`/commitments/${encodeURIComponent(id)}`}>{t('commitment.latestLink')}</Link>
      </p>
    </div>
  );
}
