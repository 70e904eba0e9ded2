/**
 * "New since your last visit" for a screen: the region (overview) or one jurisdiction. The
 * commitments and indicators it compares are asked for only when this browser saw an earlier
 * release, so a first visit, or one in the same release, downloads nothing more.
 */
import { useQuery } from '@tanstack/react-query';
import { commitmentsQuery, indicatorsQuery } from '../api/queries';
import type { JurisdictionCode, Roadmap } from '../api/schemas';
import { periodLabel } from '../domain/format';
import { changesSince } from '../domain/release-changes';
import { readStored } from './browser-store';
import { LAST_RELEASE_KEY, NewSinceVisit } from './new-since-visit';

export function NewSinceSection({ roadmap, jurisdiction }: { roadmap: Roadmap; jurisdiction?: JurisdictionCode }) {
  // Each screen remembers the release it last showed, so a visit to the overview does not hide what
  // changed in a jurisdiction.
  const storageKey = `${LAST_RELEASE_KEY}.${jurisdiction ?? 'region'}`;
  const lastSeen = readStored(storageKey);
  if (lastSeen === null || lastSeen === roadmap.asOfPeriod) {
    // Remembers this release (NewSinceVisit does so on its first render) and shows nothing.
    return (
      <NewSinceVisit release={{ id: roadmap.asOfPeriod, label: periodLabel(roadmap.asOfPeriod) }} changesSince={() => []} labelOf={periodLabel} storageKey={storageKey} />
    );
  }
  return <Changes roadmap={roadmap} jurisdiction={jurisdiction} storageKey={storageKey} />;
}

function Changes({ roadmap, jurisdiction, storageKey }: { roadmap: Roadmap; jurisdiction?: JurisdictionCode; storageKey: string }) {
  const commitments = useQuery(commitmentsQuery(jurisdiction ? { jurisdiction } : {}));
  const indicators = useQuery(indicatorsQuery(jurisdiction ? { jurisdiction } : {}));
  if (!commitments.data || !indicators.data) return null;
  const { items: cs } = commitments.data;
  const { items: is } = indicators.data;
  return (
    <NewSinceVisit
      release={{ id: roadmap.asOfPeriod, label: periodLabel(roadmap.asOfPeriod) }}
      changesSince={(seen) => (roadmap.periods.includes(seen) ? changesSince(cs, is, roadmap.periods, seen, roadmap.asOfPeriod) : null)}
      labelOf={periodLabel}
      storageKey={storageKey}
    />
  );
}
