import { memo, useMemo } from 'react';
import type { Indicator, Jurisdiction, Period } from '../../api/schemas';
import { ModelFrame } from '../../components/chart/model-frame';
import { useModelContext } from '../../components/chart/model-context';
import { jurisdictionIndicatorsModel } from '../../domain/charts/jurisdiction-indicators';

/**
 * Small multiples, one line chart per indicator with its baseline and target, the progress category
 * as text; their table twin holds every value shown: the `jurisdiction-indicators` chart model.
 */
export const IndicatorsSection = memo(function IndicatorsSection({
  indicators,
  jurisdiction,
  period,
}: {
  indicators: readonly Indicator[];
  jurisdiction: Jurisdiction;
  period: Period;
}) {
  const ctx = useModelContext();
  const model = useMemo(() => jurisdictionIndicatorsModel({ jurisdiction, indicators, period }, ctx), [jurisdiction, indicators, period, ctx]);
  return <ModelFrame model={model} />;
});
