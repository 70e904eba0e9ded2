/** The changes since the release this browser last saw, for NewSinceSection (loaded only then). */
import { useQuery } from '@tanstack/react-query';
import { commitmentsQuery, indicatorsQuery } from '../api/queries';
import type { JurisdictionCode, Roadmap } from '../api/schemas';
import { changesSince } from '../domain/release-changes';
import { NewSinceVisit } from './new-since-visit';
import { usePeriodLabel } from './period-label';

interface Props {
  roadmap: Roadmap;
  jurisdiction?: JurisdictionCode;
  storageKey: string;
}

export default function NewSinceChanges({ roadmap, jurisdiction, storageKey }: Props) {
  const periodName = usePeriodLabel();
  const commitments = useQuery(commitmentsQuery(jurisdiction ? { jurisdiction } : {}));
  const indicators = useQuery(indicatorsQuery(jurisdiction ? { jurisdiction } : {}));
  if (!commitments.data || !indicators.data) return null;
  const { items: cs } = commitments.data;
  const { items: is } = indicators.data;
  return (
    <NewSinceVisit
      release={{ id: roadmap.asOfPeriod, label: periodName(roadmap.asOfPeriod) }}
      changesSince={(seen) => (roadmap.periods.includes(seen) ? changesSince(cs, is, roadmap.periods, seen, roadmap.asOfPeriod) : null)}
      labelOf={periodName}
      storageKey={storageKey}
    />
  );
}
