/**
 * "Progress towards the target": each compared jurisdiction's progress category at the end of the
 * period (domain/indicator-progress `indicatorProgressAt`, the rule every screen and slide uses),
 * and "How is this calculated?" with the figures behind each category. Tables, not a chart.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Jurisdiction, JurisdictionCode, Period } from '../../api/schemas';
import type { DataColumn } from '../../components/data-table';
import { IndicatorCategory } from '../../components/indicator-category';
import { LazyDataTable } from '../../components/lazy-data-table';
import { designationNotes } from '../../domain/designation';
import { formatGrowth, formatNumber, formatRatio } from '../../domain/format';
import { GROWTH_THRESHOLDS, indicatorProgressAt, RATIO_THRESHOLDS, type IndicatorStanding } from '../../domain/indicator-progress';
import { usePeriodLabel } from '../../components/period-label';
import { useNumberLocale } from '../../components/use-number-locale';

interface ProgressRow extends IndicatorStanding {
  code: JurisdictionCode;
  name: string;
}

export function ProgressSection({
  indicator,
  jurisdictions,
  compared,
  period,
}: {
  indicator: Indicator;
  jurisdictions: readonly Jurisdiction[];
  /** The compared codes, in the API's order. */
  compared: readonly JurisdictionCode[];
  period: Period;
}) {
  const periodName = usePeriodLabel();
  const locale = useNumberLocale();
  const { t } = useTranslation();
  const { unit } = indicator;
  const label = periodName(period);
  const rows = useMemo(
    () =>
      compared.flatMap((code): ProgressRow[] => {
        const standing = indicatorProgressAt(indicator, code, period);
        return standing ? [{ ...standing, code, name: jurisdictions.find((j) => j.code === code)?.name ?? code }] : [];
      }),
    [compared, indicator, period, jurisdictions],
  );
  const columns = useMemo((): DataColumn<ProgressRow>[] => {
    /** In a table whose caption names the unit, only a per cent sign stays attached. */
    const inYear = (value: number, year: number) => t('indicator.method.valueInYear', { value: formatNumber(value, unit === '%' ? '%' : undefined, locale), year });
    return [
      { id: 'jurisdiction', header: t('indicator.progress.jurisdiction'), rowHeader: true, value: (r) => r.name },
      { id: 'category', header: t('indicator.progress.category'), value: (r) => r.progress.category, cell: (r) => <IndicatorCategory category={r.progress.category} /> },
      {
        id: 'latest',
        header: t('indicator.progress.latest'),
        numeric: true,
        value: (r) => r.latest?.value ?? null,
        cell: (r) => (r.latest ? inYear(r.latest.value, r.latest.year) : t('indicator.progress.noValue')),
      },
      {
        id: 'target',
        header: t('indicator.progress.target'),
        numeric: true,
        value: (r) => r.series.target?.value ?? null,
        cell: (r) => (r.series.target ? inYear(r.series.target.value, r.series.target.year) : t('indicator.progress.noneSet')),
      },
    ];
  }, [t, unit, locale]);
  const inputColumns = useInputColumns(unit);
  const footnotes = designationNotes(jurisdictions, compared);

  return (
    <section aria-labelledby="indicator-progress-title" className="indicator-progress">
      <h2 id="indicator-progress-title">{t('indicator.progress.title')}</h2>
      <p>{t('indicator.progress.intro', { period: label })}</p>
      <LazyDataTable caption={t('indicator.progress.caption', { period: label, unit })} columns={columns} rows={rows} rowKey={(r) => r.code} />
      <details className="indicator-method">
        <summary>{t('indicator.method.summary')}</summary>
        <p>{t('indicator.method.intro')}</p>
        <p>{t('indicator.method.growth')}</p>
        <p>
          {t('indicator.method.withTarget', {
            onTrack: formatRatio(RATIO_THRESHOLDS.onTrack, locale),
            acceleration: formatRatio(RATIO_THRESHOLDS.accelerationNeeded, locale),
            limited: formatRatio(RATIO_THRESHOLDS.limitedProgress, locale),
          })}
        </p>
        <p>
          {t('indicator.method.withoutTarget', {
            onTrack: formatRatio(GROWTH_THRESHOLDS.onTrack, locale),
            acceleration: formatRatio(GROWTH_THRESHOLDS.accelerationNeeded, locale),
            limited: formatRatio(GROWTH_THRESHOLDS.limitedProgress, locale),
          })}
        </p>
        <p>{indicator.direction === 'higher' ? t('indicator.method.directionHigher') : t('indicator.method.directionLower')}</p>
        <LazyDataTable caption={t('indicator.method.inputsCaption', { unit })} columns={inputColumns} rows={rows} rowKey={(r) => r.code} />
      </details>
      {footnotes.map((note) => (
        <p key={note} className="footnote">
          {note}
        </p>
      ))}
    </section>
  );
}

/** The figures behind each category: base, latest, target, observed and required growth, R, result. */
function useInputColumns(unit: string): DataColumn<ProgressRow>[] {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  return useMemo((): DataColumn<ProgressRow>[] => {
    const shown = (value: number) => formatNumber(value, unit === '%' ? '%' : undefined, locale);
    const inYear = (value: number | null, year: number | null) =>
      value === null || year === null ? t('indicator.method.none') : t('indicator.method.valueInYear', { value: shown(value), year });
    return [
      { id: 'jurisdiction', header: t('indicator.method.jurisdiction'), rowHeader: true, value: (r) => r.name },
      {
        id: 'base',
        header: t('indicator.method.base'),
        numeric: true,
        value: (r) => r.progress.inputs.baseValue,
        cell: ({ progress: { inputs } }) =>
          inputs.baseValue === null || inputs.baseYear === null
            ? t('indicator.method.none')
            : t(inputs.baseSource === 'baseline' ? 'indicator.method.fromBaseline' : 'indicator.method.fromFirst', { value: shown(inputs.baseValue), year: inputs.baseYear }),
      },
      {
        id: 'latest',
        header: t('indicator.method.latest'),
        numeric: true,
        value: (r) => r.progress.inputs.latestValue,
        cell: ({ progress: { inputs } }) => inYear(inputs.latestValue, inputs.latestYear),
      },
      {
        id: 'target',
        header: t('indicator.method.target'),
        numeric: true,
        value: (r) => r.progress.inputs.targetValue,
        cell: ({ progress: { inputs } }) => inYear(inputs.targetValue, inputs.targetYear),
      },
      {
        id: 'actualGrowth',
        header: t('indicator.method.actualGrowth'),
        numeric: true,
        value: (r) => r.progress.inputs.actualGrowth,
        cell: (r) => formatGrowth(r.progress.inputs.actualGrowth, locale),
      },
      {
        id: 'requiredGrowth',
        header: t('indicator.method.requiredGrowth'),
        numeric: true,
        value: (r) => r.progress.inputs.requiredGrowth,
        cell: (r) => formatGrowth(r.progress.inputs.requiredGrowth, locale),
      },
      { id: 'ratio', header: t('indicator.method.ratio'), numeric: true, value: (r) => r.progress.inputs.ratio, cell: (r) => formatRatio(r.progress.inputs.ratio, locale) },
      {
        id: 'result',
        header: t('indicator.method.result'),
        value: (r) => r.progress.category,
        cell: ({ progress }) =>
          progress.category === 'not_available'
            ? t('indicator.method.notAvailable', { reason: t(`indicator.reason.${progress.reason}`) })
            : progress.method === 'without_target'
              ? t('indicator.method.withoutTargetResult', { category: t(`indicatorCategory.${progress.category}`) })
              : t(`indicatorCategory.${progress.category}`),
      },
    ];
  }, [t, unit, locale]);
}
