/**
 * The framework crosswalk: commitments and indicators tagged with framework references (FATF
 * Recommendations and Immediate Outcomes, EU acquis chapters, UNCAC articles, ACIF goals) from the
 * roadmap's vocabulary. Filter by a reference, and group per reference x jurisdiction. Pure, no React.
 */
import type { Framework, FrameworkRef, JurisdictionCode, Roadmap, StatusCode, StatusCounts } from '../api/schemas';
import { completionShare, emptyCounts } from './progress';

interface Tagged {
  refs?: readonly string[];
}

/** The roadmap's vocabulary, empty when the roadmap defines none. */
export function vocabulary(roadmap: Pick<Roadmap, 'frameworks' | 'references'>): { frameworks: Framework[]; references: FrameworkRef[] } {
  return { frameworks: roadmap.frameworks ?? [], references: roadmap.references ?? [] };
}

/** A `?ref=` value that names a reference of the vocabulary, else null. */
export function parseRef(raw: string | null, references: readonly FrameworkRef[]): FrameworkRef | null {
  if (!raw) return null;
  return references.find((r) => r.code === raw) ?? null;
}

/** Items tagged with `code`; every item when `code` is null. */
export function filterByRef<T extends Tagged>(items: readonly T[], code: string | null): T[] {
  if (!code) return [...items];
  return items.filter((item) => item.refs?.includes(code) ?? false);
}

/** The item's references that the vocabulary knows, in the vocabulary's order (unknown codes are dropped). */
export function refsOf(item: Tagged, references: readonly FrameworkRef[]): FrameworkRef[] {
  const own = new Set(item.refs ?? []);
  return references.filter((r) => own.has(r.code));
}

/** Codes of an item that the vocabulary does not know (a data mistake to report, not to show). */
export function unknownRefs(item: Tagged, references: readonly FrameworkRef[]): string[] {
  const known = new Set(references.map((r) => r.code));
  return (item.refs ?? []).filter((code) => !known.has(code));
}

export interface CrosswalkCell {
  ref: string;
  jurisdiction: JurisdictionCode;
  total: number;
  counts: StatusCounts;
  completion: number | null;
  commitments: string[];
}

export interface CrosswalkRow {
  ref: FrameworkRef;
  /** One per jurisdiction, in the order given. */
  cells: CrosswalkCell[];
  total: number;
  indicators: string[];
}

interface CrosswalkCommitment extends Tagged {
  id: string;
  jurisdiction: JurisdictionCode;
  status: StatusCode;
}

/**
 * Per reference (of `framework`, or all when null), per jurisdiction: the tagged commitments and
 * their status counts; and the tagged indicators. References with nothing tagged are kept, so the
 * table shows that nothing maps onto them.
 */
export function crosswalk(
  references: readonly FrameworkRef[],
  commitments: readonly CrosswalkCommitment[],
  indicators: readonly (Tagged & { id: string })[],
  jurisdictions: readonly JurisdictionCode[],
  framework: string | null = null,
): CrosswalkRow[] {
  return references
    .filter((ref) => !framework || ref.framework === framework)
    .map((ref) => {
      const tagged = filterByRef(commitments, ref.code);
      const cells = jurisdictions.map((jurisdiction): CrosswalkCell => {
        const own = tagged.filter((c) => c.jurisdiction === jurisdiction);
        const counts = emptyCounts();
        for (const c of own) counts[c.status] += 1;
        return {
          ref: ref.code,
          jurisdiction,
          total: own.length,
          counts,
          completion: completionShare(counts),
          commitments: own.map((c) => c.id),
        };
      });
      return { ref, cells, total: tagged.length, indicators: filterByRef(indicators, ref.code).map((i) => i.id) };
    });
}
