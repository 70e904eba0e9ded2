/**
 * One pillar compared across the six jurisdictions: its commitments by status in each (chart and
 * table), its indicators with each jurisdiction's progress category, and its commitments.
 *
 * URL: /pillars/:pillarId ? period (default: the as-of period) & tables=status (table view)
 *      & sort (status table) & jurisdiction, csort, page (commitments list).
 */
import { fallbackLang } from '../../domain/translation';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { roadmapQuery } from '../../api/queries';
import type { Pillar, Roadmap } from '../../api/schemas';
import { NotFound } from '../../components/not-found';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { useDocumentTitle } from '../../components/use-document-title';
import { linkTo } from '../../domain/links';
import { pillar } from '../../i18n/en/pillar';
import { chartDetails } from '../../i18n/en/chartDetails';
import { addMessages } from '../../i18n/i18n';
import { CommitmentsSection } from './commitments-section';
import { FollowControl } from '../../components/follow-control';
import { IndicatorsSection } from './indicators-section';
import { StatusSection } from './status-section';
import './pillar.css';
import { usePeriodLabel } from '../../components/period-label';

addMessages({ pillar, chartDetails });

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

function PillarPage({ roadmap, pillar }: { roadmap: Roadmap; pillar: Pillar }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  useDocumentTitle(pillar.name);
  const [search] = useSearchParams();
  const periodState = usePeriod(roadmap);
  const others = roadmap.pillars.filter((p) => p.id !== pillar.id);

  return (
    <>
      <p className="pillar-kicker">
        {t('pillar.kicker', { number: pillar.number, count: roadmap.pillars.length })}
        {pillar.reference && <> · {t('pillar.reference', { reference: pillar.reference })}</>}
      </p>
      <h1 lang={fallbackLang(pillar, 'name')}>{pillar.name}</h1>
      {pillar.description && (
        <p className="pillar-description" lang={fallbackLang(pillar, 'description')}>
          {pillar.description}
        </p>
      )}
      <div className="page-intro">
        <p>{t('pillar.intro', { period: periodName(periodState.period) })}</p>
        <div className="page-tools">
          <PeriodSelect roadmap={roadmap} state={periodState} />
          <FollowControl scope={{ kind: 'pillar', id: pillar.id }} name={pillar.name} />
        </div>
      </div>

      <SectionBoundary>
        <StatusSection roadmap={roadmap} pillar={pillar} period={periodState.period} />
      </SectionBoundary>

      <SectionBoundary>
        <IndicatorsSection pillar={pillar} periodState={periodState} />
      </SectionBoundary>

      <SectionBoundary>
        <CommitmentsSection pillar={pillar} periodState={periodState} references={roadmap.references ?? []} />
      </SectionBoundary>

      {others.length > 0 && (
        <nav className="pillar-others" aria-labelledby="pillar-others-title">
          <h2 id="pillar-others-title">{t('pillar.others')}</h2>
          <ul>
            {others.map((p) => (
              <li key={p.id}>
                <Link to={linkTo(`/pillars/${encodeURIComponent(p.id)}`, search)}>{t('pillar.pillarLink', { number: p.number, name: p.name })}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
