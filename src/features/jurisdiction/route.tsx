import { fallbackLang } from '../../domain/translation';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberLocale } from '../../components/use-number-locale';
import { useParams } from 'react-router';
import { isNotFound } from '../../api/errors';
import { commitmentsQuery, indicatorsQuery, jurisdictionQuery, roadmapQuery } from '../../api/queries';
import type { CommitmentList, Jurisdiction, JurisdictionCode, Period, Roadmap } from '../../api/schemas';
import { usePainted } from '../../components/after-paint';
import { NotFound } from '../../components/not-found';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { LoadingState, QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { useDocumentTitle } from '../../components/use-document-title';
import { statusChanges } from '../../domain/changes';
import { designationNotes } from '../../domain/designation';
import { periodSpan } from '../../domain/format';
import { commitmentRows } from '../../domain/jurisdiction-commitments';
import { jurisdictionHeadline, pillarProgress } from '../../domain/jurisdiction-summary';
import { jurisdiction } from '../../i18n/en/jurisdiction';
import { changes } from '../../i18n/en/changes';
import { chartDetails } from '../../i18n/en/chartDetails';
import { addMessages } from '../../i18n/i18n';
import { formatIsoDate } from '../../domain/commitment-detail';
import { ChangesList } from './changes-list';
import { Headline } from './headline';
import './jurisdiction.css';
import { PillarProgressSection } from './pillar-progress';
import './print.css';
import { PrintBriefing } from './print-briefing';
import { FollowFilters, useFollowRows, useMovedColumn } from '../../components/follow-filters';
import { FollowControl } from '../../components/follow-control';
import { NewSinceSection } from '../../components/new-since-section';
import { ReportingSummary } from '../../components/reporting-summary';
import { countMovedIn } from '../../domain/deadlines';
import { usePeriodLabel } from '../../components/period-label';

// The headline and the print briefing use the shared "changes" strings (moved deadlines) too.
addMessages({ jurisdiction, chartDetails, changes });

const NO_REFERENCES: never[] = [];

// The commitments and indicators sections, their code and the indicators are asked for once the
// page has painted: on a slow connection the headline figures then arrive a round trip sooner, and
// on a phone these sections start below the fold. Their placeholders keep their height.
const loadSections = () => import('./sections');
const CommitmentsSection = lazy(() => loadSections().then((m) => ({ default: m.CommitmentsSection })));
const IndicatorsSection = lazy(() => loadSections().then((m) => ({ default: m.IndicatorsSection })));

/** A section drawn once the page has painted and its code has arrived; a placeholder until then. */
function AfterPaint({ what, minHeight, children }: { what: string; minHeight: number; children: ReactNode }) {
  const painted = usePainted();
  const placeholder = <LoadingState what={what} minHeight={minHeight} />;
  return painted ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}

export function Component() {
  const { t } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase() as JurisdictionCode;
  const profile = useQuery(jurisdictionQuery(code));
  const roadmap = useQuery(roadmapQuery());
  useDocumentTitle(profile.data?.name);

  if (isNotFound(profile.error)) {
    return <NotFound message={t('jurisdiction.notFound', { code })} />;
  }
  // Printing shows the briefing instead of the screen (print.css).
  return (
    <div className="jurisdiction-page">
      <div className="jurisdiction-screen">
        <QueryState query={profile} what={t('what.jurisdiction')} minHeight={480}>
          {(j) => (
            <>
              <h1 lang={fallbackLang(j, 'name')}>{j.name}</h1>
              {j.designationFootnote && <p className="footnote designation">* {j.designationFootnote}</p>}
              <QueryState query={roadmap} what={t('what.roadmap')} minHeight={400}>
                {(r) => <JurisdictionProfile roadmap={r} jurisdiction={j} />}
              </QueryState>
            </>
          )}
        </QueryState>
      </div>
      <PrintBriefing code={code} />
    </div>
  );
}

/** Everything that depends on the selected period: commitments-based sections and indicators. */
function JurisdictionProfile({ roadmap, jurisdiction }: { roadmap: Roadmap; jurisdiction: Jurisdiction }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const numberLocale = useNumberLocale();
  const periodState = usePeriod(roadmap);
  const { period, apiPeriod } = periodState;
  const commitments = useQuery(commitmentsQuery({ jurisdiction: jurisdiction.code, period: apiPeriod }));
  const painted = usePainted();
  const indicators = useQuery({ ...indicatorsQuery({ jurisdiction: jurisdiction.code }), enabled: painted });
  const footnotes = useMemo(() => designationNotes([jurisdiction]), [jurisdiction]);
  const asOf = formatIsoDate(roadmap.asOf, numberLocale);
  const printHintId = useId();

  return (
    <>
      <div className="page-intro">
        <div>
          <p>{t('jurisdiction.asOf', { date: asOf })}</p>
          <p>{t('jurisdiction.showing', { period: periodName(period), span: periodSpan(period, numberLocale) })}</p>
        </div>
        <div className="jurisdiction-tools">
          <PeriodSelect roadmap={roadmap} state={periodState} />
          <FollowControl scope={{ kind: 'jurisdiction', code: jurisdiction.code }} name={jurisdiction.name} />
          <button type="button" className="print-button" onClick={() => window.print()} aria-describedby={printHintId}>
            {t('jurisdiction.print.button')}
          </button>
          <span id={printHintId} className="visually-hidden">
            {t('jurisdiction.print.buttonHint')}
          </span>
        </div>
      </div>
      <NewSinceSection roadmap={roadmap} jurisdiction={jurisdiction.code} />
      <QueryState query={commitments} what={t('what.commitments')} minHeight={480}>
        {(list) => (
          <CommitmentSections list={list} roadmap={roadmap} jurisdiction={jurisdiction} period={period} footnotes={footnotes} />
        )}
      </QueryState>
      {commitments.data && indicators.data && (
        <SectionBoundary>
          <ReportingSummary
            jurisdiction={jurisdiction.code}
            name={jurisdiction.name}
            period={period}
            isLatest={period === roadmap.asOfPeriod}
            commitments={commitments.data.items}
            indicators={indicators.data.items}
          />
        </SectionBoundary>
      )}
      {/* Shown once the sections above have their height, so that it does not jump down the page. */}
      {!commitments.isPending && (
        <SectionBoundary>
          <QueryState query={indicators} what={t('what.indicators')} minHeight={320}>
            {(list) => (
              <AfterPaint what={t('what.indicators')} minHeight={320}>
                <IndicatorsSection indicators={list.items} jurisdiction={jurisdiction} period={period} />
              </AfterPaint>
            )}
          </QueryState>
        </SectionBoundary>
      )}
    </>
  );
}

function CommitmentSections({
  list,
  roadmap,
  jurisdiction,
  period,
  footnotes,
}: {
  list: CommitmentList;
  roadmap: Roadmap;
  jurisdiction: Jurisdiction;
  period: Period;
  footnotes: string[];
}) {
  const { t } = useTranslation();
  const pillarIds = useMemo(() => roadmap.pillars.map((p) => p.id), [roadmap.pillars]);
  const index = roadmap.periods.indexOf(period);
  const previous = index > 0 ? (roadmap.periods[index - 1] ?? null) : null;
  const items = list.items;
  const headline = useMemo(() => jurisdictionHeadline(items, period, previous), [items, period, previous]);
  const progress = useMemo(() => pillarProgress(items, pillarIds, period), [items, pillarIds, period]);
  const changes = useMemo(() => (previous ? statusChanges(items, previous, period) : []), [items, previous, period]);
  const references = roadmap.references ?? NO_REFERENCES;
  const follow = useFollowRows(items, period, references);
  const rows = useMemo(() => commitmentRows(follow.items, period, pillarIds), [follow.items, period, pillarIds]);
  const movedColumn = useMovedColumn(follow.moves);
  const moved = useMemo(() => ({ count: countMovedIn(items, period), period }), [items, period]);
  const extra = useMemo(
    () => ({
      filters: <FollowFilters references={references} url={follow.url} moved />,
      columns: [movedColumn],
      notices: follow.notices,
      active: follow.url.ref !== null || follow.url.movedOnly || follow.url.invalid.ref !== null || follow.url.invalid.moved !== null,
    }),
    [references, follow.url, follow.notices, movedColumn],
  );

  return (
    <>
      <SectionBoundary>
        <Headline headline={headline} moved={moved} />
      </SectionBoundary>
      <SectionBoundary>
        <PillarProgressSection progress={progress} roadmap={roadmap} jurisdiction={jurisdiction} period={period} />
      </SectionBoundary>
      <SectionBoundary>
        <ChangesList changes={changes} period={period} previous={previous} />
      </SectionBoundary>
      <SectionBoundary>
        <AfterPaint what={t('what.commitments')} minHeight={480}>
          <CommitmentsSection
            rows={rows}
            pillars={roadmap.pillars}
            jurisdiction={jurisdiction}
            period={period}
            source={roadmap.source}
            footnotes={footnotes}
            extra={extra}
          />
        </AfterPaint>
      </SectionBoundary>
    </>
  );
}
