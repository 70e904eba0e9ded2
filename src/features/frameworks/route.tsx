import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { commitmentsQuery, indicatorsQuery, jurisdictionsQuery } from '../../api/queries';
import type { Commitment, Indicator, Jurisdiction, Roadmap } from '../../api/schemas';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { RoadmapArticle } from '../../components/roadmap-article';
import { useUpdateSearch } from '../../components/url-state';
import { formatIsoDate } from '../../domain/commitment-detail';
import { crosswalk, parseRef, vocabulary, type CrosswalkRow } from '../../domain/crosswalk';
import { frameworks as messages, type FrameworksKey } from '../../i18n/en/frameworks';
import { registerMessages, useScopedT } from '../../i18n/scoped';
import { RefDetail } from './ref-detail';
import './frameworks.css';
import { usePeriodLabel } from '../../components/period-label';
import { useNumberLocale } from '../../components/use-number-locale';

void registerMessages('frameworks', messages);

export function Component() {
  const tr = useScopedT<FrameworksKey>();
  return (
    <RoadmapArticle className="frameworks" title={tr('frameworks.title')} intro={tr('frameworks.intro')}>
      {(r) => <FrameworksPage roadmap={r} />}
    </RoadmapArticle>
  );
}

function FrameworksPage({ roadmap }: { roadmap: Roadmap }) {
  const dateLocale = useNumberLocale();
  const tr = useScopedT<FrameworksKey>();
  const { t } = useTranslation();
  const selectId = useId();
  const periodState = usePeriod(roadmap);
  const update = useUpdateSearch();
  const [searchParams] = useSearchParams();
  const { frameworks, references } = vocabulary(roadmap);
  const rawFramework = searchParams.get('framework');
  const framework = frameworks.find((f) => f.id === rawFramework) ?? null;
  const rawRef = searchParams.get('ref');
  const ref = parseRef(rawRef, references);
  const jurisdictions = useQuery(jurisdictionsQuery());
  const commitments = useQuery(commitmentsQuery({ period: periodState.apiPeriod }));
  const indicators = useQuery(indicatorsQuery());

  if (references.length === 0) return <p>{tr('frameworks.noVocabulary')}</p>;
  return (
    <>
      <p className="notice">{tr('frameworks.illustrative')}</p>
      <div className="page-intro">
        <p>{t('period.asOf', { date: formatIsoDate(roadmap.asOf, dateLocale) })}</p>
        <PeriodSelect roadmap={roadmap} state={periodState} />
      </div>
      {rawFramework !== null && framework === null && (
        <p className="notice" role="status">
          {tr('frameworks.invalidFramework', { value: rawFramework })}
        </p>
      )}
      {rawRef !== null && ref === null && (
        <p className="notice" role="status">
          {tr('frameworks.invalidRef', { value: rawRef })}
        </p>
      )}
      <div className="framework-select">
        <label htmlFor={selectId}>{tr('frameworks.framework')}</label>
        <select id={selectId} value={framework?.id ?? ''} onChange={(event) => update({ framework: event.target.value || undefined, ref: undefined })}>
          <option value="">{tr('frameworks.allFrameworks')}</option>
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
        {framework && <p className="framework-edition">{tr('frameworks.edition', { edition: framework.edition })}</p>}
      </div>
      <QueryState query={jurisdictions} what={t('what.jurisdictions')} minHeight={320}>
        {(js) => (
          <QueryState query={commitments} what={t('what.commitments')} minHeight={320}>
            {(list) => (
              <QueryState query={indicators} what={t('what.indicators')} minHeight={200}>
                {(inds) =>
                  ref ? (
                    <RefDetail refItem={ref} places={js.items} items={list.items} series={inds.items} period={periodState.period} />
                  ) : (
                    <CrosswalkTable roadmap={roadmap} framework={framework?.id ?? null} places={js.items} items={list.items} series={inds.items} period={periodState.period} />
                  )
                }
              </QueryState>
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}

interface TableProps {
  roadmap: Roadmap;
  framework: string | null;
  places: readonly Jurisdiction[];
  items: readonly Commitment[];
  series: readonly Indicator[];
  period: Roadmap['asOfPeriod'];
}

function CrosswalkTable({ roadmap, framework, places, items, series, period }: TableProps) {
  const periodName = usePeriodLabel();
  const tr = useScopedT<FrameworksKey>();
  const [searchParams] = useSearchParams();
  const { frameworks, references } = vocabulary(roadmap);
  const rows = useMemo(
    () => crosswalk(references, items, series, places.map((j) => j.code), framework),
    [references, items, series, places, framework],
  );
  const refHref = (code: string) => {
    const params = new URLSearchParams(searchParams);
    params.set('ref', code);
    return `?${params.toString()}`;
  };
  const columns: DataColumn<CrosswalkRow>[] = [
    {
      id: 'reference',
      header: tr('frameworks.columns.reference'),
      value: (r) => r.ref.code,
      rowHeader: true,
      cell: (r) => (
        <span className="crosswalk-ref">
          <Link to={refHref(r.ref.code)}>
            <strong>{r.ref.label}</strong> {r.ref.name}
          </Link>
          <span className="crosswalk-framework">{frameworks.find((f) => f.id === r.ref.framework)?.name ?? r.ref.framework}</span>
        </span>
      ),
    },
    ...places.map(
      (j, index): DataColumn<CrosswalkRow> => ({
        id: j.code,
        header: <abbr title={j.name}>{j.code}</abbr>,
        numeric: true,
        value: (r) => r.cells[index]?.total ?? 0,
        cell: (r) => {
          const cell = r.cells[index];
          if (!cell || cell.total === 0) return <span className="crosswalk-none">{tr('frameworks.none')}</span>;
          return (
            <span aria-label={tr('frameworks.cellLabel', { name: j.name, total: cell.total, completed: cell.counts.completed })}>
              {tr('frameworks.cell', { total: cell.total, completed: cell.counts.completed })}
            </span>
          );
        },
      }),
    ),
    { id: 'total', header: tr('frameworks.columns.total'), value: (r) => r.total, numeric: true },
  ];
  const footnotes = places.filter((j) => j.designationFootnote);
  return (
    <section aria-labelledby="crosswalk-table">
      <h2 id="crosswalk-table">{tr('frameworks.caption', { period: periodName(period) })}</h2>
      <LazyDataTable caption={tr('frameworks.caption', { period: periodName(period) })} columns={columns} rows={rows} rowKey={(r) => r.ref.code} />
      {footnotes.map((j) => (
        <p key={j.code} className="footnote">
          {j.name}: {j.designationFootnote}
        </p>
      ))}
    </section>
  );
}
