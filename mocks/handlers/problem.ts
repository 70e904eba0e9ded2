/** RFC 9457 problem responses (application/problem+json) used by every mock endpoint. */
import { HttpResponse } from 'msw';
import type { Problem } from '../../src/api/schemas';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types beyond the plain HTTP status ("about:blank"). */
export const PROBLEM_TYPES = {
  invalidParameter: 'urn:roadmap-monitor:problem:invalid-parameter',
  invalidPathParameter: 'urn:roadmap-monitor:problem:invalid-path-parameter',
  notFound: 'urn:roadmap-monitor:problem:not-found',
} as const;

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ProblemInit {
  type?: string;
  title?: string;
  instance?: string;
  headers?: Record<string, string>;
}

export function problemBody(status: number, detail: string, init: ProblemInit = {}): Problem {
  const body: Problem = {
    type: init.type ?? 'about:blank',
    title: init.title ?? STATUS_TITLES[status] ?? 'Error',
    status,
    detail,
  };
  if (init.instance) body.instance = init.instance;
  return body;
}

export function problem(status: number, detail: string, init: ProblemInit = {}): Response {
  return HttpResponse.json(problemBody(status, detail, init), {
    status,
    headers: { ...init.headers, 'Content-Type': PROBLEM_CONTENT_TYPE },
  });
}

/** Thrown by request parsing; turned into a problem response by `guarded`. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly init: ProblemInit = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  toResponse(): Response {
    return problem(this.status, this.detail, this.init);
  }
}

export function notFound(detail: string, instance?: string): ProblemError {
  return new ProblemError(404, detail, { type: PROBLEM_TYPES.notFound, title: 'Not Found', instance });
}

export function invalidParameter(name: string, value: string, expected: string): ProblemError {
  return new ProblemError(400, `Query parameter "${name}" has an unknown value "${value}". Expected ${expected}.`, {
    type: PROBLEM_TYPES.invalidParameter,
    title: 'Invalid query parameter',
  });
}
