/**
 * Builds the OpenAPI 3.1 document from the valibot schemas, so that a backend team can implement the
 * same contract the app validates against. `npm run openapi` writes it to src/api/openapi.json and a
 * test fails when the committed file is out of date.
 */
import { toJsonSchemaDefs, type ConversionConfig } from '@valibot/to-json-schema';
import { SCHEMA_DOCS } from './schema-docs';
import { JURISDICTION_CODES, LOCALES, namedComponents } from './schemas';

type Json = Record<string, unknown>;

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });

function ok(schemaId: string, description: string): Json {
  return { description, content: { 'application/json': { schema: ref(schemaId) } } };
}

const problem = (description: string): Json => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const codeParam: Json = { name: 'code', in: 'path', required: true, schema: { type: 'string', enum: [...JURISDICTION_CODES] } };
const pillarParam: Json = { name: 'id', in: 'path', required: true, schema: ref('PillarId') };
const idParam: Json = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const periodParam: Json = { name: 'period', in: 'path', required: true, schema: ref('Period') };

function get(summary: string, schemaId: string, parameters: Json[] = []): Json {
  const responses: Json = { '200': ok(schemaId, summary) };
  if (parameters.some((p) => p.in === 'path')) responses['404'] = problem('No such resource');
  responses['500'] = problem('Server error');
  return { get: { summary, parameters, responses } };
}

/**
 * Every resource is a plain path ending in ".json" (no query strings), so that a folder of static
 * files can serve the API; filters a path does not carry, and the reporting period of commitment
 * records, are applied by the client (src/api/queries.ts, src/api/as-at.ts).
 */
const RESOURCES: [string, string, string, Json[]][] = [
  ['/roadmap.json', 'Roadmap metadata: periods, pillars, status vocabulary, scales', 'Roadmap', []],
  ['/release.json', 'The release: when and from which file the data was built, counts, changes since the previous release', 'Release', []],
  ['/jurisdictions.json', 'All jurisdictions, alphabetical by name', 'JurisdictionList', []],
  ['/jurisdictions/{code}.json', 'One jurisdiction', 'Jurisdiction', [codeParam]],
  ['/jurisdictions/{code}/commitments.json', "The jurisdiction's commitments, as at the as-of period, with full history", 'CommitmentList', [codeParam]],
  ['/jurisdictions/{code}/indicators.json', "Every indicator with the jurisdiction's series only", 'IndicatorList', [codeParam]],
  ['/pillars/{id}/commitments.json', "The pillar's commitments in every jurisdiction, as at the as-of period, with full history", 'CommitmentList', [pillarParam]],
  ['/pillars/{id}/indicators.json', "The pillar's indicators", 'IndicatorList', [pillarParam]],
  ['/commitments.json', 'Every commitment, as at the as-of period, with full history', 'CommitmentList', []],
  ['/commitments/{id}.json', 'One commitment with full status history and all evidence', 'CommitmentDetail', [idParam]],
  ['/indicators.json', 'Indicator definitions with yearly observations per jurisdiction', 'IndicatorList', []],
  ['/indicators/{id}.json', 'One indicator', 'Indicator', [idParam]],
  ['/progress.json', 'Completion and status counts per jurisdiction and pillar at the as-of period, and the trend', 'Progress', []],
  ['/progress/{period}.json', 'The same at the end of a reporting period, with the trend up to it', 'Progress', [periodParam]],
];

const localeParam: Json = {
  name: 'locale',
  in: 'path',
  required: true,
  description: 'Language of the texts; the same resource without this segment is in English',
  schema: { type: 'string', enum: [...LOCALES] },
};

const atom = (summary: string, parameters: Json[], language = 'in English'): Json => ({
  get: {
    summary,
    parameters,
    responses: {
      '200': { description: `Atom feed (RFC 4287), ${language}`, content: { 'application/atom+xml': { schema: { type: 'string' } } } },
      ...(parameters.length > 0 ? { '404': problem('No such feed') } : {}),
    },
  },
});
const feedCodeParam: Json = { name: 'code', in: 'path', required: true, description: 'Jurisdiction code; the file is {code}.atom', schema: { type: 'string', enum: [...JURISDICTION_CODES] } };

const FEED_PATHS: [string, string, Json[]][] = [
  ['/feeds/region.atom', "The release's changes in every jurisdiction", []],
  ['/feeds/jurisdictions/{code}.atom', "The release's changes in one jurisdiction", [feedCodeParam]],
  ['/feeds/pillars/{id}.atom', "The release's changes in one pillar, in every jurisdiction", [pillarParam]],
];

/**
 * Atom feeds of the release's changes (status changes, moved deadlines, new values): src/domain/feed.ts.
 * In English, and under /{locale}/ in that language, linking to the pages in that language
 * (/{locale}/commitments/...); text the payloads lack in the language stays in English.
 */
const FEEDS: Json = {
  ...Object.fromEntries(FEED_PATHS.map(([path, summary, parameters]) => [path, atom(summary, parameters)])),
  ...Object.fromEntries(
    FEED_PATHS.map(([path, summary, parameters]) => [
      `/{locale}${path}`,
      atom(`${summary} (in a locale)`, [localeParam, ...parameters], "in the locale's language, linking to the pages in that language"),
    ]),
  ),
};

const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  // JSON numbers are always finite: the check has nothing to say in a JSON Schema.
  ignoreActions: ['finite'],
  overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  // Objects drop the keys they do not know when parsed, so no response the client reads carries
  // any: the document describes the responses as such.
  overrideSchema: ({ valibotSchema, jsonSchema }) => (valibotSchema.type === 'object' ? { ...jsonSchema, additionalProperties: false } : undefined),
  // A positive integer: "greater than 0" makes the safe-integer lower bound redundant.
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction.type !== 'gt_value' || typeof jsonSchema.minimum !== 'number') return undefined;
    if (typeof jsonSchema.exclusiveMinimum !== 'number' || jsonSchema.exclusiveMinimum < jsonSchema.minimum) return undefined;
    const { minimum: _redundant, ...rest } = jsonSchema;
    return rest;
  },
};

/** Adds the descriptions of schema-docs.ts to the components; a path that names no field fails. */
export function describeComponents(schemas: Record<string, Json>, docs: typeof SCHEMA_DOCS = SCHEMA_DOCS): Record<string, Json> {
  const described = structuredClone(schemas);
  for (const [id, fields] of Object.entries(docs)) {
    for (const [path, description] of Object.entries(fields)) {
      const where = `${id}${path ? `.${path}` : ''}`;
      let holder: Json | undefined = described;
      let key = id;
      for (const field of path ? path.split('.') : []) {
        const node = holder?.[key] as Json | undefined;
        holder = node?.properties as Json | undefined;
        key = field;
      }
      const node = holder?.[key];
      if (!node || typeof node !== 'object') throw new Error(`schema-docs.ts describes ${where}, which the contract does not have`);
      holder![key] = { ...(node as Json), description };
    }
  }
  return described;
}

/** The components: one JSON Schema per schema that schemas.ts names, referring to each other by $ref. */
export function componentSchemas(): Record<string, Json> {
  const named = namedComponents();
  const schemas = toJsonSchemaDefs(named, CONVERSION) as Record<string, Json>;
  // A schema referred to lazily but not named would come out as a numbered definition.
  const unnamed = Object.keys(schemas).filter((id) => !(id in named));
  if (unnamed.length > 0) throw new Error(`Schemas without a component name: ${unnamed.join(', ')}`);
  return describeComponents(schemas);
}

export function buildOpenApiDocument(): Json {
  // Every schema named by `component()` in schemas.ts becomes a named component. This module (and
  // @valibot/to-json-schema with it) is for scripts, the mock API and tests only: the app never imports it.
  const schemas = componentSchemas();

  return {
    openapi: '3.1.0',
    info: {
      title: 'Roadmap Monitor API',
      version: '1.0.0',
      description:
        'Read-only API behind Roadmap Monitor: the Western Balkans illicit finance and anti-corruption roadmap, its commitments, indicators and progress. Every resource is a plain GET path ending in .json, so a static file host can serve it (npm run data:build writes one); a localized copy of each lives under /{locale}/, its text fields in that language and, on each object with text, `untranslated` naming the fields that fell back to English. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      ...Object.fromEntries(RESOURCES.map(([path, summary, schemaId, parameters]) => [path, get(summary, schemaId, parameters)])),
      ...Object.fromEntries(
        RESOURCES.map(([path, summary, schemaId, parameters]) => [`/{locale}${path}`, get(`${summary} (in a locale)`, schemaId, [localeParam, ...parameters])]),
      ),
      ...FEEDS,
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 document' } } } },
    },
    components: { schemas },
  };
}
