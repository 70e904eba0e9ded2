/**
 * The mock API's dataset: roadmap, jurisdictions, commitments and indicators, built
 * deterministically from fixed seeds. Illustrative data, not reported by any jurisdiction.
 */
import type { CommitmentDetail, Indicator, Jurisdiction, Roadmap } from '../../src/api/schemas';
import { buildCommitments, DEFAULT_COMMITMENT_OPTIONS } from './commitments';
import { buildIndicators, DEFAULT_INDICATOR_OPTIONS } from './indicators';
import { buildJurisdictions } from './jurisdictions';
import { buildRoadmap } from './roadmap';

export interface Dataset {
  roadmap: Roadmap;
  /** Alphabetical by name. */
  jurisdictions: Jurisdiction[];
  /** Full status history up to the roadmap's as-of period; status and lastUpdate as at that period. */
  commitments: CommitmentDetail[];
  indicators: Indicator[];
}

export type DatasetKind = 'default' | 'empty' | 'large';

/** The regular illustrative dataset: 30-60 commitments per jurisdiction, indicators 2018-2025. */
export function buildDataset(): Dataset {
  return {
    roadmap: buildRoadmap(),
    jurisdictions: buildJurisdictions(),
    commitments: buildCommitments(DEFAULT_COMMITMENT_OPTIONS),
    indicators: buildIndicators(DEFAULT_INDICATOR_OPTIONS),
  };
}

/** The roadmap and jurisdictions with no commitments and no indicators yet. */
export function buildEmptyDataset(): Dataset {
  return { roadmap: buildRoadmap(), jurisdictions: buildJurisdictions(), commitments: [], indicators: [] };
}

/** A large dataset for performance testing: about 900 commitments per jurisdiction, indicators 2006-2025. */
export function buildLargeDataset(): Dataset {
  return {
    roadmap: buildRoadmap(),
    jurisdictions: buildJurisdictions(),
    commitments: buildCommitments({ perJurisdiction: [860, 940], seed: 'commitments-large' }),
    indicators: buildIndicators({ firstYear: 2006, seed: 'indicators' }),
  };
}

const BUILDERS: Record<DatasetKind, () => Dataset> = {
  default: buildDataset,
  empty: buildEmptyDataset,
  large: buildLargeDataset,
};

const cache = new Map<DatasetKind, Dataset>();

/** The dataset of a kind, built on first use and then reused. Handlers must not mutate it. */
export function getDataset(kind: DatasetKind = 'default'): Dataset {
  let dataset = cache.get(kind);
  if (!dataset) {
    dataset = BUILDERS[kind]();
    cache.set(kind, dataset);
  }
  return dataset;
}
