import { http, HttpResponse, type JsonBodyType } from 'msw';
import { buildOpenApiDocument } from '../../src/api/openapi';
import { apiPath } from './paths';

let document: JsonBodyType | undefined;

/**
 * The contract itself. It is answered before any scenario applies, so API tooling can always read
 * it, whichever failure a tester has switched on.
 */
export const openApiHandlers = [
  http.get(apiPath('/openapi.json'), () => {
    document ??= buildOpenApiDocument() as JsonBodyType;
    return HttpResponse.json(document);
  }),
];
