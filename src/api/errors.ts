/**
 * Typed errors raised by the API client. Views decide their message from `kind`; every error
 * names the endpoint that failed.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'contract';

export interface ContractIssue {
  /** Field path in the response body, e.g. "items[3].status" ("(body)" for the whole body). */
  path: string;
  message: string;
}

export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  constructor(
    readonly endpoint: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export class HttpError extends ApiError {
  readonly kind = 'http';
  override name = 'HttpError';
  constructor(
    endpoint: string,
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    /** Seconds to wait before retrying, from a Retry-After header. */
    readonly retryAfter: number | undefined,
  ) {
    super(endpoint, `${endpoint} answered ${status} ${title}${detail ? `: ${detail}` : ''}`);
  }
}

export class NetworkError extends ApiError {
  readonly kind = 'network';
  override name = 'NetworkError';
  constructor(endpoint: string, cause: unknown) {
    super(endpoint, `${endpoint} could not be reached`, { cause });
  }
}

export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  override name = 'TimeoutError';
  constructor(
    endpoint: string,
    readonly timeoutMs: number,
  ) {
    super(endpoint, `${endpoint} did not answer within ${Math.round(timeoutMs / 1000)} s`);
  }
}

export class ContractError extends ApiError {
  readonly kind = 'contract';
  override name = 'ContractError';
  constructor(
    endpoint: string,
    readonly issues: ContractIssue[],
  ) {
    const first = issues[0];
    super(endpoint, `${endpoint} sent data that breaks the contract${first ? ` at ${first.path}: ${first.message}` : ''}`);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Whether trying again could help: not for contract breaks or client errors other than 408/429. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error instanceof HttpError) return error.status >= 500 || error.status === 408 || error.status === 429;
  return error.kind === 'network' || error.kind === 'timeout';
}

/** The API answered 404: the resource (a jurisdiction, pillar, indicator, commitment...) does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}
