import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import { type Jurisdiction, type Period, type Progress, type Roadmap } from '../../api/schemas';
import { AfterFirstPaint } from '../../components/after-first-paint';
import { ModelFrame } from '../../components/chart/model-frame';
import { useModelContext } from '../../components/chart/use-chart-model';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { useDocumentTitle } from '../../components/use-document-title';
import { overviewStatusModel } from '../../domain/charts/overview-status';
import { periodLabel } from '../../domain/format';
import { overview } from '../../i18n/en/overview';
import { addMessages } from '../../i18n/i18n';
import { CompletionGridSection } from './completion-grid';
import { Headline } from './headline';
import { overviewRows } from './overview-data';
import { TrendSection } from './trend-section';
import './overview.css';

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
          <StatusSection roadmap={roadmap} progress={progress} jurisdictions={jurisdictions} period={period} />
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

function StatusSection({ roadmap, progress, jurisdictions, period }: { roadmap: Roadmap; progress: Progress; jurisdictions: readonly Jurisdiction[]; period: Period }) {
  const ctx = useModelContext();
  const model = useMemo(() => overviewStatusModel({ roadmap, progress, jurisdictions, period }, ctx), [roadmap, progress, jurisdictions, period, ctx]);
  return <ModelFrame model={model} />;
}
