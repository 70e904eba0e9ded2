/** The regional overview (`/`): the period from the URL, the headline, then the three charts. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import type { Roadmap } from '../../api/schemas';
import { AfterFirstPaint } from '../../components/after-first-paint';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { FollowControl } from '../../components/follow-control';
import { NewSinceSection } from '../../components/new-since-section';
import { useScopedT } from '../../i18n/scoped';
import type { FollowKey } from '../../i18n/en/follow';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { useDocumentTitle } from '../../components/use-document-title';
import { overview } from '../../i18n/en/overview';
import { addMessages } from '../../i18n/i18n';
import { GridSection } from './grid-section';
import { Headline } from './headline';
import { StatusSection, type SectionProps } from './status-section';
import { TrendSection } from './trend-section';
import './overview.css';
import { usePeriodLabel } from '../../components/period-label';

addMessages({ overview });

export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const roadmapResult = useQuery(roadmapQuery());
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <QueryState query={roadmapResult} what={t('what.roadmap')} minHeight={480}>
        {(data) => <Overview roadmap={data} />}
      </QueryState>
    </>
  );
}

function Overview({ roadmap }: { roadmap: Roadmap }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const periodState = usePeriod(roadmap);
  const { period, apiPeriod } = periodState;
  const progressResult = useQuery(progressQuery(apiPeriod));
  const jurisdictionsResult = useQuery(jurisdictionsQuery());
  return (
    <>
      <div className="page-intro">
        <p>{t('overview.intro', { period: periodName(period) })}</p>
        <div className="page-tools">
          <PeriodSelect roadmap={roadmap} state={periodState} />
          <RegionFollow />
        </div>
      </div>
      <NewSinceSection roadmap={roadmap} />
      <SectionBoundary>
        <QueryState query={jurisdictionsResult} what={t('what.jurisdictions')} minHeight={420}>
          {(list) => (
            <QueryState query={progressResult} what={t('what.progress')} minHeight={420}>
              {(data) => <Sections roadmap={roadmap} progress={data} jurisdictions={list.items} period={period} />}
            </QueryState>
          )}
        </QueryState>
      </SectionBoundary>
    </>
  );
}

function Sections(props: SectionProps) {
  return (
    <>
      <Headline progress={props.progress} jurisdictions={props.jurisdictions} period={props.period} />
      <AfterFirstPaint minHeight={480}>
        <SectionBoundary>
          <StatusSection {...props} />
        </SectionBoundary>
        <SectionBoundary>
          <GridSection {...props} />
        </SectionBoundary>
        <SectionBoundary>
          <TrendSection {...props} />
        </SectionBoundary>
      </AfterFirstPaint>
    </>
  );
}

/** Follow the region's feed (every jurisdiction). */
function RegionFollow() {
  const t = useScopedT<FollowKey>();
  return <FollowControl scope={{ kind: 'region' }} name={t('follow.region')} />;
}
