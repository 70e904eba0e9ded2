import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { HttpError } from '../../api/errors';
import { jurisdictionQuery, progressQuery, roadmapQuery } from '../../api/queries';
import { JURISDICTION_CODES, JurisdictionCodeSchema, type JurisdictionCode, type Roadmap } from '../../api/schemas';
import { NotFound } from '../../components/not-found';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatShare, periodLabel } from '../../domain/format';

function isJurisdictionCode(code: string | undefined): code is JurisdictionCode {
  return JurisdictionCodeSchema.safeParse(code).success;
}

export function makeLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    const code = params.code?.toUpperCase();
    if (!isJurisdictionCode(code)) {
      throw data(`There is no jurisdiction with the code “${params.code ?? ''}”. Known codes: ${JURISDICTION_CODES.join(', ')}.`, {
        status: 404,
      });
    }
    void queryClient.prefetchQuery(roadmapQuery());
    void queryClient.prefetchQuery(jurisdictionQuery(code));
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase() as JurisdictionCode;
  const jurisdiction = useQuery(jurisdictionQuery(code));
  const roadmap = useQuery(roadmapQuery());
  useDocumentTitle(jurisdiction.data?.name);

  if (jurisdiction.error instanceof HttpError && jurisdiction.error.status === 404) {
    return <NotFound message={t('jurisdiction.notFound', { code })} />;
  }
  return (
    <QueryState query={jurisdiction} what={t('what.jurisdiction')} minHeight={480}>
      {(j) => (
        <>
          <h1>{j.name}</h1>
          {j.designationFootnote && <p className="footnote">* {j.designationFootnote}</p>}
          <QueryState query={roadmap} what={t('what.roadmap')} minHeight={200}>
            {(r) => (
              <SectionBoundary>
                <Summary roadmap={r} code={code} />
              </SectionBoundary>
            )}
          </QueryState>
          <h2>{t('jurisdiction.institutions')}</h2>
          <ul>
            {j.institutions.map((institution) => (
              <li key={institution.id}>{institution.name}</li>
            ))}
          </ul>
        </>
      )}
    </QueryState>
  );
}

function Summary({ roadmap, code }: { roadmap: Roadmap; code: JurisdictionCode }) {
  const { t } = useTranslation();
  const periodState = usePeriod(roadmap);
  const progress = useQuery(progressQuery(periodState.period));
  return (
    <>
      <div className="page-intro">
        <p>{t('period.asOf', { date: roadmap.asOf })}</p>
        <PeriodSelect roadmap={roadmap} state={periodState} />
      </div>
      <QueryState query={progress} what={t('what.progress')} minHeight={120}>
        {(p) => {
          const cell = p.byJurisdiction.find((c) => c.jurisdiction === code);
          return (
            <dl className="headline">
              <div className="headline-figure">
                <dt>{t('jurisdiction.completion')}</dt>
                <dd>{formatShare(cell?.completion ?? null)}</dd>
              </div>
              <div className="headline-figure">
                <dt>{t('jurisdiction.commitments')}</dt>
                <dd>{cell?.total ?? 0}</dd>
              </div>
              <div className="headline-figure">
                <dt>{t('jurisdiction.overdue')}</dt>
                <dd>{cell?.overdue ?? 0}</dd>
              </div>
              <div className="headline-figure">
                <dt>{t('period.label')}</dt>
                <dd>{periodLabel(periodState.period)}</dd>
              </div>
            </dl>
          );
        }}
      </QueryState>
    </>
  );
}
