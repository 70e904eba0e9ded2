// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, describeComponents } from '../../../src/api/openapi';

describe('OpenAPI document', () => {
  it('is up to date with the schemas (run `npm run openapi` when this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../src/api/openapi.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('describes every endpoint and resolves every reference', () => {
    const doc = buildOpenApiDocument() as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    const resources = [
      '/commitments.json',
      '/commitments/{id}.json',
      '/indicators.json',
      '/indicators/{id}.json',
      '/jurisdictions.json',
      '/jurisdictions/{code}.json',
      '/jurisdictions/{code}/commitments.json',
      '/jurisdictions/{code}/indicators.json',
      '/pillars/{id}/commitments.json',
      '/pillars/{id}/indicators.json',
      '/progress.json',
      '/progress/{period}.json',
      '/release.json',
      '/roadmap.json',
    ];
    // Plain paths only (a static host answers no query strings), each also under /{locale}, the feeds too.
    const feeds = ['/feeds/region.atom', '/feeds/jurisdictions/{code}.atom', '/feeds/pillars/{id}.atom'];
    const localized = [...resources, ...feeds].map((path) => `/{locale}${path}`);
    expect(Object.keys(doc.paths).sort()).toEqual([...resources, ...feeds, ...localized, '/openapi.json'].sort());
    const regionIn = (doc.paths['/{locale}/feeds/region.atom'] as { get: { parameters: { name: string; schema: { enum: string[] } }[] } }).get;
    expect(regionIn.parameters.map((p) => p.name)).toEqual(['locale']);
    expect(regionIn.parameters[0]?.schema.enum).toContain('sr-Latn');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref as string);
    // No reference points anywhere else (such as a JSON Schema's own #/$defs).
    expect([...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)]).toHaveLength(refs.length);
  });

  it('describes a field that is a component beside its reference, and closes every object', () => {
    const { schemas } = (buildOpenApiDocument() as { components: { schemas: Record<string, Record<string, unknown>> } }).components;
    const commitment = schemas.Commitment as { properties: Record<string, unknown>; additionalProperties: unknown; required: string[] };
    expect(commitment.properties.deadline).toEqual({
      $ref: '#/components/schemas/IsoDate',
      description: 'Deadline in force at the end of the requested period',
    });
    expect(commitment.properties.deadlineHistory).toMatchObject({ $ref: '#/components/schemas/DeadlineHistory' });
    expect(commitment.required).not.toContain('deadlineHistory');
    const objects: unknown[] = [];
    JSON.stringify(schemas, (_key, value: unknown) => {
      if ((value as { type?: unknown } | null)?.type === 'object') objects.push(value);
      return value;
    });
    expect(objects.length).toBeGreaterThan(Object.keys(schemas).length / 2);
    for (const object of objects) expect(object).toHaveProperty('additionalProperties', false);
    expect((schemas.Pillar as { properties: Record<string, unknown> }).properties.number).toEqual({ type: 'integer', exclusiveMinimum: 0, maximum: Number.MAX_SAFE_INTEGER });
    expect(schemas.Period).toEqual({ type: 'string', pattern: '^\\d{4}-H[12]$', example: '2026-H1' });
  });

  it('takes the descriptions from schema-docs.ts, and refuses one for a field the contract does not have', () => {
    const schemas = { Thing: { type: 'object', properties: { name: { type: 'string' }, source: { type: 'object', properties: { file: { type: 'string' } } } } } };
    const described = describeComponents(schemas, { Thing: { '': 'A thing', name: 'Its name', 'source.file': 'Where it came from' } });
    expect(described.Thing).toMatchObject({
      description: 'A thing',
      properties: { name: { type: 'string', description: 'Its name' }, source: { properties: { file: { description: 'Where it came from' } } } },
    });
    // The input is left as it was.
    expect(schemas.Thing.properties.name).toEqual({ type: 'string' });
    expect(() => describeComponents(schemas, { Thing: { title: 'No such field' } })).toThrow(/Thing\.title/);
    expect(() => describeComponents(schemas, { Other: { '': 'No such component' } })).toThrow(/Other/);
  });
});
