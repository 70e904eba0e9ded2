/**
 * The mock API's datasets. Each is a model (model.ts): the illustrative one is generated
 * deterministically from fixed seeds (illustrative data, not reported by any jurisdiction); with
 * MOCK_DATA a workbook's model replaces it (`setPreviewModel`). Payloads in each language are made
 * from the model by `localize` (payloads.ts), the same function the static build uses.
 */
import type { ApiLocale } from '../../src/api/schemas';
import { buildCommitments, DEFAULT_COMMITMENT_OPTIONS } from './commitments';
import { buildIndicators, DEFAULT_INDICATOR_OPTIONS } from './indicators';
import { buildJurisdictions } from './jurisdictions';
import { modelFromDataset, type Model } from './model';
import { localize, standaloneRelease, type Dataset } from './payloads';
import { AS_OF_DATE, buildRoadmap } from './roadmap';

export type { Dataset } from './payloads';

export type DatasetKind = 'default' | 'empty' | 'large';

const ILLUSTRATIVE = { kind: 'illustrative', name: 'Illustrative dataset (generated)', sha256: null } as const;

/** The regular illustrative dataset: 30-60 commitments per jurisdiction, indicators 2018-2025. */
export function buildIllustrativeModel(): Model {
  return modelFromDataset(
    {
      roadmap: buildRoadmap(),
      jurisdictions: buildJurisdictions(),
      commitments: buildCommitments(DEFAULT_COMMITMENT_OPTIONS),
      indicators: buildIndicators(DEFAULT_INDICATOR_OPTIONS),
    },
    { ...ILLUSTRATIVE },
  );
}

/** A large dataset for performance testing: about 900 commitments per jurisdiction, indicators 2006-2025. */
export function buildLargeModel(): Model {
  return modelFromDataset(
    {
      roadmap: buildRoadmap(),
      jurisdictions: buildJurisdictions(),
      commitments: buildCommitments({ perJurisdiction: [860, 940], seed: 'commitments-large' }),
      indicators: buildIndicators({ firstYear: 2006, seed: 'indicators' }),
    },
    { ...ILLUSTRATIVE, name: 'Illustrative dataset, large (generated)' },
  );
}

/** A model's roadmap and jurisdictions with no commitments and no indicators yet. */
export function emptied(model: Model): Model {
  return { ...model, commitments: [], indicators: [] };
}

/** The fixed build time of generated data, so that it is the same on every build. */
const GENERATED_AT = `${AS_OF_DATE}T00:00:00.000Z`;

let preview: { model: Model; builtAt: string } | null = null;
const models = new Map<DatasetKind, Model>();
const datasets = new Map<string, Dataset>();

/** Serve a workbook's model (MOCK_DATA) as the default dataset; the empty scenario empties it. Null restores the illustrative data. */
export function setPreviewModel(model: Model | null, builtAt = new Date().toISOString()): void {
  preview = model && { model, builtAt };
  models.clear();
  datasets.clear();
}

export function getModel(kind: DatasetKind = 'default'): Model {
  let model = models.get(kind);
  if (!model) {
    const base = () => preview?.model ?? buildIllustrativeModel();
    model = kind === 'large' ? buildLargeModel() : kind === 'empty' ? emptied(base()) : base();
    models.set(kind, model);
  }
  return model;
}

/** The dataset of a kind in a language, built on first use and then reused. Handlers must not mutate it. */
export function getDataset(kind: DatasetKind = 'default', locale: ApiLocale = 'en'): Dataset {
  const key = `${kind}|${locale}`;
  let dataset = datasets.get(key);
  if (!dataset) {
    const model = getModel(kind);
    const builtAt = kind !== 'large' && preview ? preview.builtAt : GENERATED_AT;
    dataset = localize(model, locale, standaloneRelease(model, builtAt));
    datasets.set(key, dataset);
  }
  return dataset;
}

/** The English illustrative dataset, built afresh (tests compare it with what the API serves). */
export function buildDataset(): Dataset {
  const model = buildIllustrativeModel();
  return localize(model, 'en', standaloneRelease(model, GENERATED_AT));
}

export function buildLargeDataset(): Dataset {
  const model = buildLargeModel();
  return localize(model, 'en', standaloneRelease(model, GENERATED_AT));
}
