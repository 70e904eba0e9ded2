import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countMovedIn } from '../../domain/deadlines';
import type { ChangesKey } from '../../i18n/en/changes';
import { useScopedT } from '../../i18n/scoped';
import { useNumberLocale } from '../../components/use-number-locale';
import { useHref, useSearchParams } from 'react-router';
import { commitmentsQuery, jurisdictionQuery, roadmapQuery } from '../../api/queries';
import type { Commitment, Jurisdiction, JurisdictionCode, Period, Roadmap } from '../../api/schemas';
import { useAppEnv } from '../../components/app-env';
import { usePeriod } from '../../components/period-select';
import { formatShare, periodSpan, formatCount } from '../../domain/format';
import { commitmentRows, DEFAULT_COMMITMENT_SORT, sortCommitmentRows } from '../../domain/jurisdiction-commitments';
import { jurisdictionHeadline, pillarProgress } from '../../domain/jurisdiction-summary';
import { formatIsoDate } from '../../domain/commitment-detail';
import { BRIEFING_OVERDUE_ROWS } from './briefing-limits';
import { headlineChange } from './headline';
import { usePeriodLabel } from '../../components/period-label';


/**
 * The one-page A4 briefing printed from the jurisdiction page (print.css shows it instead of the
 * screen; on screen it is hidden). It reads the same queries as the page, so its figures are the
 * page's figures for the period shown.
 */
export function PrintBriefing({ code }: { code: JurisdictionCode }) {
  const { t } = useTranslation();
  const profile = useQuery(jurisdictionQuery(code));
  const roadmap = useQuery(roadmapQuery());
  let body;
  if (profile.data && roadmap.data) body = <Briefing jurisdiction={profile.data} roadmap={roadmap.data} />;
  else if (profile.isError || roadmap.isError)
    body = <p>{t('jurisdiction.print.failed', { what: profile.isError ? t('what.jurisdiction') : t('what.roadmap') })}</p>;
  else body = <p>{t('jurisdiction.print.loading')}</p>;
  return (
    <article className="print-briefing" hidden aria-label={t('jurisdiction.print.label')}>
      {body}
    </article>
  );
}

/** The address of the jurisdiction page for the period shown, as a full URL for the printed page. */
function usePageUrl(code: JurisdictionCode, period: Period, extra: Record<string, string> = {}): string {
  const [params] = useSearchParams();
  const search = new URLSearchParams({ period });
  // A tester's mock scenario travels with the link, as it does with the site's navigation.
  const scenario = params.get('scenario');
  if (scenario) search.set('scenario', scenario);
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const href = useHref(`/jurisdictions/${encodeURIComponent(code)}?${search.toString()}`);
  return new URL(href, window.location.origin).href;
}

function Briefing({ jurisdiction, roadmap }: { jurisdiction: Jurisdiction; roadmap: Roadmap }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const numberLocale = useNumberLocale();
  const { mocks, demo } = useAppEnv();
  const { period, apiPeriod } = usePeriod(roadmap);
  const commitments = useQuery(commitmentsQuery({ jurisdiction: jurisdiction.code, period: apiPeriod }));
  const pageUrl = usePageUrl(jurisdiction.code, period);
  const overdueUrl = usePageUrl(jurisdiction.code, period, { overdue: '1' });
  const illustrative = mocks || roadmap.dataStatus === 'illustrative';

  return (
    <>
      <header className="briefing-head">
        <h1>{t('jurisdiction.print.title', { name: jurisdiction.name })}</h1>
        <p>
          {t('jurisdiction.print.period', { period: periodName(period), span: periodSpan(period, numberLocale), date: formatIsoDate(roadmap.asOf, numberLocale) })}
        </p>
        {illustrative && (
          <p className="briefing-illustrative">
            <strong>{demo ? t('app.demo') : t('app.illustrative')}:</strong> {t('app.illustrativeDetail')}
          </p>
        )}
      </header>
      {commitments.data ? (
        <BriefingFigures
          items={commitments.data.items}
          roadmap={roadmap}
          jurisdiction={jurisdiction}
          period={period}
          overdueUrl={overdueUrl}
        />
      ) : (
        <p>{commitments.isError ? t('jurisdiction.print.failed', { what: t('what.commitments') }) : t('jurisdiction.print.loading')}</p>
      )}
      <footer className="briefing-foot">
        <h2>{t('jurisdiction.print.sources')}</h2>
        <p>{t('jurisdiction.print.source', { source: roadmap.source })}</p>
        <p>{t('jurisdiction.print.definitions', { period: periodName(period) })}</p>
        {jurisdiction.designationFootnote && (
          <p className="briefing-designation">
            <span>*</span> {jurisdiction.designationFootnote}
          </p>
        )}
        <p className="briefing-url">{t('jurisdiction.print.live', { url: pageUrl })}</p>
      </footer>
    </>
  );
}

function BriefingFigures({
  items,
  roadmap,
  jurisdiction,
  period,
  overdueUrl,
}: {
  items: readonly Commitment[];
  roadmap: Roadmap;
  jurisdiction: Jurisdiction;
  period: Period;
  overdueUrl: string;
}) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const numberLocale = useNumberLocale();
  const figuresId = useId();
  const pillarsId = useId();
  const scoped = useScopedT<ChangesKey>();
  const overdueId = useId();
  const pillarIds = useMemo(() => roadmap.pillars.map((p) => p.id), [roadmap.pillars]);
  const pillarNames = useMemo(() => new Map(roadmap.pillars.map((p) => [p.id, p.shortName])), [roadmap.pillars]);
  const index = roadmap.periods.indexOf(period);
  const previous = index > 0 ? (roadmap.periods[index - 1] ?? null) : null;
  const headline = useMemo(() => jurisdictionHeadline(items, period, previous), [items, period, previous]);
  const progress = useMemo(() => pillarProgress(items, pillarIds, period), [items, pillarIds, period]);
  // The same rows and order as the page's commitments table filtered to overdue ones.
  const overdue = useMemo(
    () => sortCommitmentRows(commitmentRows(items, period, pillarIds).filter((r) => r.overdue), DEFAULT_COMMITMENT_SORT),
    [items, period, pillarIds],
  );
  const shown = overdue.slice(0, BRIEFING_OVERDUE_ROWS);
  const more = overdue.length - shown.length;
  const change = headlineChange(t, headline, periodName);

  if (headline.total === 0) {
    return <p>{t('jurisdiction.print.noCommitments', { name: jurisdiction.name, period: periodName(period) })}</p>;
  }

  const figures = [
    { key: 'commitments', label: t('jurisdiction.headline.commitments'), value: headline.total },
    { key: 'overdue', label: t('jurisdiction.headline.overdue'), value: headline.overdue },
    { key: 'dueNext', label: t('jurisdiction.headline.dueNext'), value: headline.dueNext },
    // The same figure as the screen's headline: deadlines moved in the period.
    { key: 'moved', label: scoped('changes.screen.movedHeadline', { period: periodName(period) }), value: countMovedIn(items, period) },
  ];

  return (
    <>
      <div className="briefing-overview">
        <section aria-labelledby={figuresId}>
          <h2 id={figuresId}>{t('jurisdiction.print.figures')}</h2>
          <dl className="briefing-figures">
            <div>
              <dt>{t('jurisdiction.headline.completion')}</dt>
              <dd className="briefing-figure">{formatShare(headline.completion, numberLocale)}</dd>
              <dd className="briefing-change">
                {change.marker && <span aria-hidden="true">{change.marker} </span>}
                {change.text}
              </dd>
            </div>
            {figures.map((f) => (
              <div key={f.key}>
                <dt>{f.label}</dt>
                <dd className="briefing-figure">{formatCount(f.value, numberLocale)}</dd>
              </div>
            ))}
          </dl>
        </section>
  
        <section aria-labelledby={pillarsId}>
          <h2 id={pillarsId}>{t('jurisdiction.print.pillars')}</h2>
          <table className="briefing-table briefing-pillars">
            <thead>
              <tr>
                <th scope="col">{t('charts.pillar')}</th>
                <th scope="col">{t('charts.completion')}</th>
                <th scope="col" className="num">
                  {t('jurisdiction.print.completedOfCounted')}
                </th>
                <th scope="col" className="num">
                  {t('jurisdiction.commitments.overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.map((p) => (
                <tr key={p.pillar}>
                  <th scope="row">{pillarNames.get(p.pillar) ?? p.pillar}</th>
                  <td>
                    <ShareBar share={p.completion} /> {formatShare(p.completion, numberLocale)}
                  </td>
                  <td className="num">
                    {t('jurisdiction.print.ofCounted', { completed: p.counts.completed, counted: p.total - p.counts.discontinued })}
                  </td>
                  <td className="num">{formatCount(p.overdue, numberLocale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section aria-labelledby={overdueId}>
        <h2 id={overdueId}>
          {overdue.length === 0
            ? t('jurisdiction.print.overdueNoneTitle')
            : t('jurisdiction.print.overdue', { count: overdue.length, shown: formatCount(overdue.length, numberLocale) })}
        </h2>
        {overdue.length === 0 ? (
          <p>{t('jurisdiction.print.overdueNone', { period: periodName(period) })}</p>
        ) : (
          <>
            <table className="briefing-table briefing-overdue">
              <thead>
                <tr>
                  <th scope="col">{t('jurisdiction.commitments.id')}</th>
                  <th scope="col">{t('jurisdiction.commitments.commitment')}</th>
                  <th scope="col">{t('jurisdiction.commitments.pillar')}</th>
                  <th scope="col">{t('jurisdiction.commitments.deadline')}</th>
                  <th scope="col">{t('jurisdiction.commitments.institution')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.id}>
                    <td className="briefing-id">{r.id}</td>
                    <th scope="row">{r.title}</th>
                    <td>{pillarNames.get(r.pillar) ?? r.pillar}</td>
                    <td className="briefing-date">{r.deadline}</td>
                    <td>{r.institution}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {more > 0 && (
              <p className="briefing-more">
                {t('jurisdiction.print.more', { count: more, shown: formatCount(more, numberLocale), url: overdueUrl })}
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}

/** A small bar for a completed share; an empty outline when nothing is counted. Drawn, so it prints without background graphics. */
function ShareBar({ share }: { share: number | null }) {
  return (
    <svg className="briefing-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="99" height="9" fill="none" stroke="#000" strokeWidth="1" vectorEffect="non-scaling-stroke" />
      {share !== null && share > 0 && <rect x="0" y="0" width={Math.min(100, share * 100)} height="10" fill="#000" />}
    </svg>
  );
}
