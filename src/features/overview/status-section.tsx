import { useMemo } from 'react';
import type { Jurisdiction, Period, Progress, Roadmap } from '../../api/schemas';
import { ModelFrame } from '../../components/chart/model-frame';
import { useModelContext } from '../../components/chart/model-context';
import { overviewStatusModel } from '../../domain/charts/overview-status';

export interface SectionProps {
  roadmap: Roadmap;
  progress: Progress;
  jurisdictions: readonly Jurisdiction[];
  period: Period;
}

/** Commitments by status, one bar per jurisdiction (chart model `overview-status`). */
export function StatusSection({ roadmap, progress, jurisdictions, period }: SectionProps) {
  const ctx = useModelContext();
  const model = useMemo(() => overviewStatusModel({ roadmap, progress, jurisdictions, period }, ctx), [roadmap, progress, jurisdictions, period, ctx]);
  return <ModelFrame model={model} />;
}
