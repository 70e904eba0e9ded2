import { memo, useMemo } from 'react';
import type { Jurisdiction, Period, Roadmap } from '../../api/schemas';
import { ModelFrame } from '../../components/chart/model-frame';
import { useModelContext } from '../../components/chart/model-context';
import { jurisdictionPillarsModel } from '../../domain/charts/jurisdiction-pillars';
import type { PillarProgress } from '../../domain/jurisdiction-summary';

/**
 * Completed share per pillar as bars, and their table twin: the `jurisdiction-pillars` chart, from
 * the jurisdiction's commitments summed up per pillar with the rules the API's progress uses.
 */
export const PillarProgressSection = memo(function PillarProgressSection({
  progress,
  roadmap,
  jurisdiction,
  period,
}: {
  progress: readonly PillarProgress[];
  roadmap: Roadmap;
  jurisdiction: Jurisdiction;
  period: Period;
}) {
  const ctx = useModelContext();
  const model = useMemo(
    () =>
      jurisdictionPillarsModel(
        { roadmap, progress: { byJurisdictionAndPillar: progress.map((p) => ({ ...p, jurisdiction: jurisdiction.code })) }, jurisdiction, period },
        ctx,
      ),
    [roadmap, progress, jurisdiction, period, ctx],
  );
  return <ModelFrame model={model} />;
});
