/**
 * "New since your last visit" for a screen: the region (overview) or one jurisdiction. Each screen
 * remembers the release it last showed. The comparison (its code, and the commitments and
 * indicators it reads) loads only when this browser saw an earlier release, so a first visit, or
 * one in the same release, downloads nothing more.
 */
import { lazy, Suspense, useEffect } from 'react';
import type { JurisdictionCode, Roadmap } from '../api/schemas';
import { LAST_RELEASE_KEY, readStored, writeStored } from './browser-store';

const NewSinceChanges = lazy(() => import('./new-since-changes'));

export function NewSinceSection({ roadmap, jurisdiction }: { roadmap: Roadmap; jurisdiction?: JurisdictionCode }) {
  // Each screen keeps its own release, so a visit to the overview does not hide what changed in a
  // jurisdiction.
  const storageKey = `${LAST_RELEASE_KEY}.${jurisdiction ?? 'region'}`;
  const current = roadmap.asOfPeriod;
  const lastSeen = readStored(storageKey);
  useEffect(() => {
    // A first visit only remembers the release: there is nothing to compare it with.
    if (readStored(storageKey) === null) writeStored(storageKey, current);
  }, [storageKey, current]);
  if (lastSeen === null || lastSeen === current) return null;
  return (
    <Suspense fallback={null}>
      <NewSinceChanges roadmap={roadmap} jurisdiction={jurisdiction} storageKey={storageKey} />
    </Suspense>
  );
}
