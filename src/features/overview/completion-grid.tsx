import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Jurisdiction, Period, Pillar, Progress } from '../../api/schemas';
import { ChartFrame } from '../../components/chart-frame';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { useSortParam } from '../../components/url-state';
import type { Slide } from '../../domain/deck';
import { formatShare, periodLabel } from '../../domain/format';
import {
  completionGrid,
  regionalPillarShares,
  shadeBounds,
  shadeStep,
  shareExtremes,
  type GridRow,
} from '../../domain/overview-progress';
import { GRID_SHADES, GRID_TEXT } from './grid-shades';

const GRID_SLIDE: Slide = { kind: 'overview-grid' };

interface GridProps {
  progress: Progress;
  jurisdictions: readonly Jurisdiction[];
  pillars: readonly Pillar[];
  period: Period;
  source: string;
  footnotes: string[];
  /** Query string carried on links ("" or "?period=..."). */
  linkSearch: string;
}

/** Share in per cent with one decimal for CSV files; null stays empty. */
function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/** Jurisdiction x pillar grid of completed shares: a shaded table, its plain twin and CSV. */
export function CompletionGridSection({ progress, jurisdictions, pillars, period, source, footnotes, linkSearch }: GridProps) {
  const { t } = useTranslation();
  const rows = useMemo(
    () =>
      completionGrid(
        progress.byJurisdictionAndPillar,
        jurisdictions.map((j) => j.code),
        pillars.map((p) => p.id),
      ),
    [progress, jurisdictions, pillars],
  );
  const names = useMemo(() => new Map(jurisdictions.map((j) => [j.code, j.name])), [jurisdictions]);
  const ends = useMemo(
    () =>
      shareExtremes(
        regionalPillarShares(
          progress.byJurisdictionAndPillar,
          pillars.map((p) => p.id),
        ),
      ),
    [progress, pillars],
  );
  const pillarName = (id: string) => pillars.find((p) => p.id === id)?.shortName ?? id;
  const takeaway = ends
    ? t('overview.grid.takeaway', {
        leader: pillarName(ends.highest.pillar),
        share: formatShare(ends.highest.completion),
        laggard: pillarName(ends.lowest.pillar),
        lowShare: formatShare(ends.lowest.completion),
      })
    : t('overview.grid.takeawayEmpty');
  const caption = t('overview.grid.tableCaption', { period: periodLabel(period) });

  return (
    <ChartFrame
      id="grid"
      slide={GRID_SLIDE}
      imageExport={false}
      drawWhenSeen={false}
      title={t('overview.grid.title')}
      caption={t('overview.grid.caption')}
      period={periodLabel(period)}
      source={source}
      takeaway={takeaway}
      footnotes={footnotes}
      chartHeight={0}
      chart={<ShadedGrid rows={rows} names={names} pillars={pillars} caption={caption} linkSearch={linkSearch} />}
      table={<GridTable rows={rows} names={names} pillars={pillars} caption={caption} linkSearch={linkSearch} />}
      fileNameParts={['roadmap', 'completion-by-pillar', period]}
      csv={() => ({
        columns: [
          { key: 'jurisdiction', label: t('overview.jurisdiction') },
          ...pillars.map((p) => ({ key: p.id, label: `${p.shortName} (%)` })),
        ],
        rows: rows.map((row) => ({
          jurisdiction: names.get(row.jurisdiction) ?? row.jurisdiction,
          ...Object.fromEntries(row.cells.map((cell) => [cell.pillar, percent(cell.completion)])),
        })),
        notes: [
          t('overview.grid.unitNote'),
          t('overview.grid.missingNote'),
          t('chart.period', { period }),
          t('chart.source', { source }),
          ...footnotes,
        ],
      })}
    />
  );
}

interface GridViewProps {
  rows: readonly GridRow[];
  names: ReadonlyMap<string, string>;
  pillars: readonly Pillar[];
  caption: string;
  linkSearch: string;
}

/** The chart view: a real table whose cells print the share, shaded by it as an extra cue. */
function ShadedGrid({ rows, names, pillars, caption, linkSearch }: GridViewProps) {
  const { t } = useTranslation();
  return (
    <>
      {/* Shown outside the scrolling box so that narrow screens see all of it; the table keeps it as its caption. */}
      <p className="grid-caption" aria-hidden="true">
        {caption}
      </p>
      <div className="table-scroll">
        <table className="completion-grid">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.jurisdiction')}</th>
              {pillars.map((p) => (
                <th key={p.id} scope="col" className="num">
                  <Link to={`/pillars/${encodeURIComponent(p.id)}${linkSearch}`}>{p.shortName}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.jurisdiction}>
                <th scope="row">
                  <Link to={`/jurisdictions/${row.jurisdiction}${linkSearch}`}>{names.get(row.jurisdiction) ?? row.jurisdiction}</Link>
                </th>
                {row.cells.map((cell) => {
                  const step = shadeStep(cell.completion);
                  return (
                    <td
                      key={cell.pillar}
                      className={step === null ? 'num grid-none' : 'num'}
                      style={step === null ? undefined : { background: GRID_SHADES[step], color: GRID_TEXT }}
                    >
                      {formatShare(cell.completion)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <GridLegend />
    </>
  );
}

function GridLegend() {
  const { t } = useTranslation();
  return (
    <div className="grid-legend">
      <span className="grid-legend-title">{t('overview.grid.legend')}:</span>
      <ul>
        {GRID_SHADES.map((shade, step) => {
          const [from, to] = shadeBounds(step);
          return (
            <li key={shade}>
              <span className="grid-swatch" style={{ background: shade }} aria-hidden="true" />
              {t('overview.grid.legendStep', { from, to })}
            </li>
          );
        })}
        <li>
          <span className="grid-swatch grid-none" aria-hidden="true" />
          {t('overview.grid.nothingDue')}
        </li>
      </ul>
    </div>
  );
}

/** The table view: the same figures in the shared sortable table. */
function GridTable({ rows, names, pillars, caption, linkSearch }: GridViewProps) {
  const { t } = useTranslation();
  const allowed = useMemo(() => ['jurisdiction', ...pillars.map((p) => p.id)], [pillars]);
  const { sort, setSort, invalid } = useSortParam(allowed, 'gridSort');
  const columns = useMemo(
    (): DataColumn<GridRow>[] => [
      {
        id: 'jurisdiction',
        header: t('overview.jurisdiction'),
        rowHeader: true,
        value: (r) => names.get(r.jurisdiction) ?? r.jurisdiction,
        cell: (r) => <Link to={`/jurisdictions/${r.jurisdiction}${linkSearch}`}>{names.get(r.jurisdiction) ?? r.jurisdiction}</Link>,
      },
      ...pillars.map(
        (p, index): DataColumn<GridRow> => ({
          id: p.id,
          header: p.shortName,
          numeric: true,
          value: (r) => r.cells[index]?.completion ?? null,
          cell: (r) => formatShare(r.cells[index]?.completion ?? null),
        }),
      ),
    ],
    [t, names, pillars, linkSearch],
  );
  return (
    <>
      {invalid !== null && (
        <p className="notice" role="status">
          {t('overview.sortInvalid', { value: invalid })}
        </p>
      )}
      <LazyDataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.jurisdiction} sort={sort} onSortChange={setSort} />
    </>
  );
}
