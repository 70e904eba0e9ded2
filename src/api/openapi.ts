/**
 * Builds the OpenAPI 3.1 document from the zod schemas, so that a backend team can implement the
 * same contract the app validates against. `npm run openapi` writes it to src/api/openapi.json and a
 * test fails when the committed file is out of date.
 */
import { z } from 'zod/mini';
import { JURISDICTION_CODES, STATUS_CODES } from './schemas';

type Json = Record<string, unknown>;

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });

function ok(schemaId: string, description: string): Json {
  return { description, content: { 'application/json': { schema: ref(schemaId) } } };
}

const problem = (description: string): Json => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const periodParam: Json = {
  name: 'period',
  in: 'query',
  required: false,
  description: 'Reporting period (default: the as-of period)',
  schema: ref('Period'),
};

function get(summary: string, schemaId: string, parameters: Json[] = [], notFound = false): Json {
  const responses: Json = { '200': ok(schemaId, summary) };
  if (parameters.some((p) => p.in === 'query')) responses['400'] = problem('A query value is not valid');
  if (notFound) responses['404'] = problem('No such resource');
  responses['500'] = problem('Server error');
  return { get: { summary, parameters, responses } };
}

export function buildOpenApiDocument(): Json {
  // Every schema given an `id` by `meta()` in schemas.ts becomes a named component. This module
  // (and z.toJSONSchema with it) is for scripts, the mock API and tests only: the app never imports it.
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  });
  for (const schema of Object.values(schemas)) {
    delete (schema as Json).$schema;
    delete (schema as Json).$id;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Roadmap Monitor API',
      version: '1.0.0',
      description:
        'Read-only API behind Roadmap Monitor: the Western Balkans illicit finance and anti-corruption roadmap, its commitments, indicators and progress. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/roadmap': get('Roadmap metadata: periods, pillars, status vocabulary, scales', 'Roadmap'),
      '/jurisdictions': get('All jurisdictions, alphabetical by name', 'JurisdictionList'),
      '/jurisdictions/{code}': get(
        'One jurisdiction',
        'Jurisdiction',
        [{ name: 'code', in: 'path', required: true, schema: { type: 'string', enum: [...JURISDICTION_CODES] } }],
        true,
      ),
      '/commitments': get('Commitments as at a period, filtered', 'CommitmentList', [
        { name: 'jurisdiction', in: 'query', required: false, schema: { type: 'string', enum: [...JURISDICTION_CODES] } },
        { name: 'pillar', in: 'query', required: false, schema: ref('PillarId') },
        { name: 'status', in: 'query', required: false, schema: { type: 'string', enum: [...STATUS_CODES] } },
        periodParam,
      ]),
      '/commitments/{id}': get(
        'One commitment with status history and evidence',
        'CommitmentDetail',
        [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, periodParam],
        true,
      ),
      '/indicators': get('Indicator definitions with yearly observations per jurisdiction', 'IndicatorList', [
        { name: 'pillar', in: 'query', required: false, schema: ref('PillarId') },
        { name: 'jurisdiction', in: 'query', required: false, schema: { type: 'string', enum: [...JURISDICTION_CODES] } },
      ]),
      '/indicators/{id}': get(
        'One indicator',
        'Indicator',
        [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        true,
      ),
      '/progress': get('Completion and status counts per jurisdiction and pillar, and the trend', 'Progress', [periodParam]),
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 document' } } } },
    },
    components: { schemas },
  };
}
