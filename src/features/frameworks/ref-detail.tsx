import { useRef, useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Commitment, FrameworkRef, Indicator, Jurisdiction, Period } from '../../api/schemas';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { StatusBadge } from '../../components/status-badge';
import { filterByRef } from '../../domain/crosswalk';
import type { FrameworksKey } from '../../i18n/en/frameworks';
import { useScopedT } from '../../i18n/scoped';
import { fallbackLang } from '../../domain/translation';
import { usePeriodLabel } from '../../components/period-label';

interface Props {
  refItem: FrameworkRef;
  places: readonly Jurisdiction[];
  items: readonly Commitment[];
  series: readonly Indicator[];
  period: Period;
}

/** One reference: the commitments tagged with it, per jurisdiction, with their status, and the tagged indicators. */
export function RefDetail({ refItem, places, items, series, period }: Props) {
  const periodName = usePeriodLabel();
  const tr = useScopedT<FrameworksKey>();
  const [searchParams] = useSearchParams();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [refItem.code]);
  const order = new Map(places.map((j, index) => [j.code, index]));
  const names = new Map(places.map((j) => [j.code, j.name]));
  const tagged = filterByRef(items, refItem.code).sort(
    (a, b) => (order.get(a.jurisdiction) ?? 0) - (order.get(b.jurisdiction) ?? 0) || a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
  const indicators = filterByRef(series, refItem.code);
  const back = new URLSearchParams(searchParams);
  back.delete('ref');
  const search = period && searchParams.get('period') ? `?period=${encodeURIComponent(period)}` : '';
  const label = refItem.label;
  const columns: DataColumn<Commitment>[] = [
    { id: 'id', header: tr('frameworks.ref.id'), value: (c) => c.id, rowHeader: true, cell: (c) => <Link to={`/commitments/${encodeURIComponent(c.id)}${search}`}>{c.id}</Link> },
    { id: 'title', header: tr('frameworks.ref.titleColumn'), value: (c) => c.title, cell: (c) => <span lang={fallbackLang(c, 'title')}>{c.title}</span> },
    { id: 'jurisdiction', header: tr('frameworks.ref.jurisdiction'), value: (c) => names.get(c.jurisdiction) ?? c.jurisdiction },
    { id: 'status', header: tr('frameworks.ref.status'), value: (c) => c.status, cell: (c) => <StatusBadge status={c.status} /> },
  ];
  const footnotes = places.filter((j) => j.designationFootnote && tagged.some((c) => c.jurisdiction === j.code));
  return (
    <section aria-labelledby="ref-detail">
      <h2 id="ref-detail" ref={heading} tabIndex={-1}>
        {tr('frameworks.ref.title', { label, name: refItem.name })}
      </h2>
      <p>
        <Link to={{ search: back.toString() ? `?${back.toString()}` : '' }}>{tr('frameworks.ref.back')}</Link>
      </p>
      {tagged.length === 0 ? (
        <p>{tr('frameworks.ref.noCommitments', { label })}</p>
      ) : (
        <>
          <p>{tr('frameworks.ref.summary', { count: tagged.length, jurisdictions: new Set(tagged.map((c) => c.jurisdiction)).size, label })}</p>
          <LazyDataTable
            caption={tr('frameworks.ref.commitmentsCaption', { label, period: periodName(period) })}
            columns={columns}
            rows={tagged}
            rowKey={(c) => c.id}
          />
        </>
      )}
      {footnotes.map((j) => (
        <p key={j.code} className="footnote">
          {j.name}: {j.designationFootnote}
        </p>
      ))}
      <h3>{tr('frameworks.ref.indicators', { label })}</h3>
      {indicators.length === 0 ? (
        <p>{tr('frameworks.ref.noIndicators', { label })}</p>
      ) : (
        <ul>
          {indicators.map((i) => (
            <li key={i.id}>
              <Link to={`/indicators/${encodeURIComponent(i.id)}`}>{i.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
