/** "Values over time": the indicator screen's chart, drawn from its model (domain/charts/indicator-values). */
import { useMemo } from 'react';
import type { Indicator, Jurisdiction, Period } from '../../api/schemas';
import { ModelFrame } from '../../components/chart/model-frame';
import { useModelContext } from '../../components/chart/model-context';
import { indicatorValuesModel } from '../../domain/charts/indicator-values';

export function ValuesSection({
  indicator,
  jurisdictions,
  period,
  compare,
}: {
  indicator: Indicator;
  jurisdictions: readonly Jurisdiction[];
  period: Period;
  /** The raw `?compare=` value. */
  compare: string | null;
}) {
  const ctx = useModelContext();
  const model = useMemo(() => indicatorValuesModel({ indicator, jurisdictions, period, compare }, ctx), [indicator, jurisdictions, period, compare, ctx]);
  return <ModelFrame model={model} />;
}
