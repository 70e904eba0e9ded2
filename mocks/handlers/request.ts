/**
 * Reading and validating requests: locales, path parameters, reporting periods, and the response
 * body that the current scenario may alter.
 */
import { HttpResponse, type DefaultBodyType, type HttpResponseResolver, type JsonBodyType, type PathParams } from 'msw';
import { http } from 'msw';
import { LOCALES, type ApiLocale, type Period, type Roadmap } from '../../src/api/schemas';
import { isPeriod } from '../../src/domain/periods';
import { datasetFor, transformBody } from '../scenarios';
import type { Dataset } from '../data/dataset';
import { apiPath } from './paths';
import { notFound, ProblemError } from './problem';

/** What a data handler receives: the request, its path parameters and the scenario's dataset. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: PathParams;
  data: Dataset;
  locale: ApiLocale;
}

/**
 * Wraps a data handler: picks the dataset for the request's scenario, turns a thrown ProblemError
 * into its problem response, and lets the scenario alter successful bodies.
 */
export function route(handle: (context: RouteContext) => JsonBodyType): HttpResponseResolver<PathParams, DefaultBodyType, undefined> {
  return ({ request, params }) => {
    try {
      const url = new URL(request.url);
      const locale = params.locale === undefined ? 'en' : pathParam(params, 'locale');
      if (locale !== 'en' && !(LOCALES as readonly string[]).includes(locale)) {
        throw notFound(`There is no API resource at ${url.pathname}: "${locale}" is not a locale (${LOCALES.join(', ')}).`, url.pathname);
      }
      const body = handle({ request, url, params, data: datasetFor(request, locale as ApiLocale), locale: locale as ApiLocale });
      return HttpResponse.json(transformBody(request, body));
    } catch (error) {
      if (error instanceof ProblemError) return error.toResponse();
      throw error;
    }
  };
}

/**
 * GET handlers for a resource (`path` relative to /api/v1, without ".json"), in English at
 * /api/v1{path}.json and in each locale at /api/v1/{locale}{path}.json.
 */
export function resource(path: string, handle: (context: RouteContext) => JsonBodyType) {
  const resolver = route(handle);
  return [http.get(apiPath(`${path}.json`), resolver), http.get(apiPath(`/:locale${path}.json`), resolver)];
}

/** A path parameter as a single string. */
export function pathParam(params: PathParams, name: string): string {
  const value = params[name];
  return Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '');
}

/** The `period` path parameter: one of the roadmap's periods. */
export function periodParam(value: string, roadmap: Roadmap, pathname: string): Period {
  if (!isPeriod(value) || !roadmap.periods.includes(value)) {
    const first = roadmap.periods[0] ?? roadmap.asOfPeriod;
    throw notFound(`There is no reporting period ${value}; periods run from ${first} to ${roadmap.asOfPeriod}, e.g. ${roadmap.asOfPeriod}.`, pathname);
  }
  return value;
}
