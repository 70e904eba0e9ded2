/**
 * Reading and validating requests: query filters, reporting periods, and the response body that
 * the current scenario may alter.
 */
import { HttpResponse, type DefaultBodyType, type HttpResponseResolver, type JsonBodyType, type PathParams } from 'msw';
import type { Period, Roadmap } from '../../src/api/schemas';
import { isPeriod } from '../../src/domain/periods';
import { datasetFor, transformBody } from '../scenarios';
import type { Dataset } from '../data/dataset';
import { invalidParameter, ProblemError } from './problem';

/** What a data handler receives: the request, its path parameters and the scenario's dataset. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: PathParams;
  data: Dataset;
}

/**
 * Wraps a data handler: picks the dataset for the request's scenario, turns a thrown ProblemError
 * into its problem response, and lets the scenario alter successful bodies.
 */
export function route(handle: (context: RouteContext) => JsonBodyType): HttpResponseResolver<PathParams, DefaultBodyType, undefined> {
  return ({ request, params }) => {
    try {
      const body = handle({ request, url: new URL(request.url), params, data: datasetFor(request) });
      return HttpResponse.json(transformBody(request, body));
    } catch (error) {
      if (error instanceof ProblemError) return error.toResponse();
      throw error;
    }
  };
}

/** A path parameter as a single string. */
export function pathParam(params: PathParams, name: string): string {
  const value = params[name];
  return Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '');
}

/** An optional query filter that must be one of `allowed`; empty counts as absent. */
export function enumParam<T extends string>(url: URL, name: string, allowed: readonly T[]): T | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw invalidParameter(name, value, `one of ${allowed.join(', ')}`);
  return value as T;
}

/** The `period` query parameter: one of the roadmap's periods, defaulting to the as-of period. */
export function periodParam(url: URL, roadmap: Roadmap): Period {
  const value = url.searchParams.get('period');
  if (value === null || value === '') return roadmap.asOfPeriod;
  if (!isPeriod(value) || !roadmap.periods.includes(value)) {
    const first = roadmap.periods[0] ?? roadmap.asOfPeriod;
    throw invalidParameter('period', value, `a reporting period from ${first} to ${roadmap.asOfPeriod}, e.g. ${roadmap.asOfPeriod}`);
  }
  return value;
}
