import { useMemo } from 'react';
import { ModelFrame } from '../../components/chart/model-frame';
import { useModelContext } from '../../components/chart/model-context';
import { overviewGridModel } from '../../domain/charts/overview-grid';
import type { SectionProps } from './status-section';

/** Completed share by jurisdiction and pillar, a shaded table (chart model `overview-grid`). */
export function GridSection({ roadmap, progress, jurisdictions, period }: SectionProps) {
  const ctx = useModelContext();
  const model = useMemo(() => overviewGridModel({ roadmap, progress, jurisdictions, period }, ctx), [roadmap, progress, jurisdictions, period, ctx]);
  return <ModelFrame model={model} />;
}
