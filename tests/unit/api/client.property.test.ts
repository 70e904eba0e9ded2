import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { apiGet } from '../../../src/api/client';
import { ApiError, ContractError, HttpError } from '../../../src/api/errors';
import {
  CommitmentDetailSchema,
  CommitmentListSchema,
  IndicatorListSchema,
  JurisdictionListSchema,
  ProgressSchema,
  RoadmapSchema,
} from '../../../src/api/schemas';
import { server } from '../../../mocks/node';

const SCHEMAS: [string, v.GenericSchema][] = [
  ['roadmap', RoadmapSchema],
  ['jurisdictions', JurisdictionListSchema],
  ['commitments', CommitmentListSchema],
  ['commitment', CommitmentDetailSchema],
  ['indicators', IndicatorListSchema],
  ['progress', ProgressSchema],
];

/** The body the next request gets; set per property run. */
let body: { text: string; status: number } = { text: '{}', status: 200 };

function serveBody() {
  server.use(
    http.get('*/api/v1/arbitrary', () => new HttpResponse(body.text, { status: body.status, headers: { 'Content-Type': 'application/json' } })),
  );
}

describe('the client under arbitrary payloads', () => {
  it('either returns data its schema accepts or throws a typed ContractError', async () => {
    serveBody();
    for (const [, schema] of SCHEMAS) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          body = { text: JSON.stringify(value), status: 200 };
          try {
            const data = await apiGet('/arbitrary', schema);
            expect(v.safeParse(schema, data).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ContractError);
            expect((error as ContractError).issues.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 60 },
      );
    }
  });

  it('maps any text body and any error status to a typed error, never anything else', async () => {
    serveBody();
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.integer({ min: 400, max: 599 }), async (text, status) => {
        body = { text, status };
        const error = await apiGet('/arbitrary', RoadmapSchema).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HttpError);
        expect((error as HttpError).status).toBe(status);
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        body = { text, status: 200 };
        const result = await apiGet('/arbitrary', RoadmapSchema).catch((e: unknown) => e);
        expect(result).toBeInstanceOf(ApiError);
      }),
      { numRuns: 100 },
    );
  });
});
