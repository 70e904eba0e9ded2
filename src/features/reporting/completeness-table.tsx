import type { ReportingKey } from '../../i18n/en/reporting';
import { useScopedT } from '../../i18n/scoped';
import { Link, useLocation } from 'react-router';
import type { JurisdictionCode, Period } from '../../api/schemas';
import type { DataColumn } from '../../components/data-table';
import { downloadCsv } from '../../components/download';
import { LazyDataTable } from '../../components/lazy-data-table';
import { lastEndedYear, missingItems, type JurisdictionCompleteness, type Share } from '../../domain/completeness';
import { formatShare } from '../../domain/format';
import { useNumberLocale } from '../../components/use-number-locale';
import { usePeriodLabel } from '../../components/period-label';

/** The URL of the same page with `jurisdiction` set (or removed), keeping the other parameters. */
export function useDrillHref() {
  const location = useLocation();
  return (code: JurisdictionCode | null) => {
    const params = new URLSearchParams(location.search);
    if (code) params.set('jurisdiction', code);
    else params.delete('jurisdiction');
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}`;
  };
}

function ShareText({ share, nothing }: { share: Share; nothing?: string }) {
  const tr = useScopedT<ReportingKey>();
  const locale = useNumberLocale();
  if (share.share === null) return <span className="completeness-none">{nothing ?? tr('reporting.nothingDue')}</span>;
  if (share.done === 0) return <>{tr('reporting.noneOf', { due: share.due })}</>;
  return <>{tr('reporting.ofDue', { done: share.done, due: share.due, share: formatShare(share.share, locale) })}</>;
}

interface TableProps {
  rows: readonly JurisdictionCompleteness[];
  names: ReadonlyMap<JurisdictionCode, string>;
  period: Period;
}

export function CompletenessTable({ rows, names, period }: TableProps) {
  const periodName = usePeriodLabel();
  const tr = useScopedT<ReportingKey>();
  const drillHref = useDrillHref();
  const year = lastEndedYear(period);
  const name = (code: JurisdictionCode) => names.get(code) ?? code;
  const columns: DataColumn<JurisdictionCompleteness>[] = [
    { id: 'jurisdiction', header: tr('reporting.columns.jurisdiction'), value: (r) => name(r.jurisdiction), rowHeader: true },
    {
      id: 'updates',
      header: tr('reporting.columns.updates'),
      value: (r) => r.updates.share,
      cell: (r) => (
        <>
          <ShareText share={r.updates} />
          {r.reportedNothing && (
            <strong className="reported-nothing">
              <span aria-hidden="true">! </span>
              {tr('reporting.reportedNothing')}
            </strong>
          )}
        </>
      ),
    },
    { id: 'evidence', header: tr('reporting.columns.evidence'), value: (r) => r.evidence.share, cell: (r) => <ShareText share={r.evidence} /> },
    { id: 'values', header: tr('reporting.columns.values', { year }), value: (r) => r.values.share, cell: (r) => <ShareText share={r.values} /> },
    { id: 'flagged', header: tr('reporting.columns.flagged'), value: (r) => r.flagged.length, numeric: true },
    {
      id: 'details',
      header: tr('reporting.columns.details'),
      value: (r) => missingItems(r).length,
      sortable: false,
      cell: (r) =>
        missingItems(r).length === 0 ? (
          tr('reporting.noneMissing')
        ) : (
          <Link to={drillHref(r.jurisdiction)} aria-label={tr('reporting.showMissingFor', { name: name(r.jurisdiction) })}>
            {tr('reporting.showMissing')} ({missingItems(r).length})
          </Link>
        ),
    },
  ];

  function csv() {
    const share = (s: Share) => (s.share === null ? null : Math.round(s.share * 1000) / 1000);
    void downloadCsv(
      {
        columns: [
          { key: 'code', label: 'code' },
          { key: 'jurisdiction', label: tr('reporting.columns.jurisdiction') },
          { key: 'updatesDone', label: `${tr('reporting.columns.updates')} (given)` },
          { key: 'updatesDue', label: `${tr('reporting.columns.updates')} (due)` },
          { key: 'updatesShare', label: `${tr('reporting.columns.updates')} (share)` },
          { key: 'evidenceDone', label: `${tr('reporting.columns.evidence')} (given)` },
          { key: 'evidenceDue', label: `${tr('reporting.columns.evidence')} (due)` },
          { key: 'evidenceShare', label: `${tr('reporting.columns.evidence')} (share)` },
          { key: 'valuesDone', label: `${tr('reporting.columns.values', { year })} (given)` },
          { key: 'valuesDue', label: `${tr('reporting.columns.values', { year })} (due)` },
          { key: 'valuesShare', label: `${tr('reporting.columns.values', { year })} (share)` },
          { key: 'flagged', label: tr('reporting.columns.flagged') },
          { key: 'reportedNothing', label: tr('reporting.reportedNothing') },
        ],
        rows: rows.map((r) => ({
          code: r.jurisdiction,
          jurisdiction: name(r.jurisdiction),
          updatesDone: r.updates.done,
          updatesDue: r.updates.due,
          updatesShare: share(r.updates),
          evidenceDone: r.evidence.done,
          evidenceDue: r.evidence.due,
          evidenceShare: share(r.evidence),
          valuesDone: r.values.done,
          valuesDue: r.values.due,
          valuesShare: share(r.values),
          flagged: r.flagged.length,
          reportedNothing: r.reportedNothing ? 'yes' : 'no',
        })),
        notes: [tr('reporting.caption', { period: periodName(period) }), tr('reporting.csvNote')],
      },
      ['roadmap', 'reporting-completeness', period],
    );
  }

  return (
    <section aria-labelledby="reporting-table" className="reporting-table">
      <h2 id="reporting-table">{tr('reporting.caption', { period: periodName(period) })}</h2>
      <LazyDataTable caption={tr('reporting.caption', { period: periodName(period) })} columns={columns} rows={rows} rowKey={(r) => r.jurisdiction} />
      <p>
        <button type="button" onClick={csv}>
          {tr('reporting.csv')}
        </button>
      </p>
    </section>
  );
}
