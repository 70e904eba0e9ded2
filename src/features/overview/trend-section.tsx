import { useMemo } from 'react';
import { ModelFrame } from '../../components/chart/model-frame';
import { useModelContext } from '../../components/chart/model-context';
import { overviewTrendModel } from '../../domain/charts/overview-trend';
import type { SectionProps } from './status-section';

/** Completed share at the end of every period up to the selected one (chart model `overview-trend`). */
export function TrendSection({ roadmap, progress, jurisdictions, period }: SectionProps) {
  const ctx = useModelContext();
  const model = useMemo(() => overviewTrendModel({ roadmap, progress, jurisdictions, period }, ctx), [roadmap, progress, jurisdictions, period, ctx]);
  return <ModelFrame model={model} />;
}
