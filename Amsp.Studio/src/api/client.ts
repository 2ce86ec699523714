// The one typed client of the host's HTTP API (types generated from /openapi/v1.json into schema.d.ts).
// Every failure becomes an ApiError carrying the RFC 7807 problem details the API answered.
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

export interface ValidationIssue {
  code: string;
  message: string;
  activityId?: string | null;
  inputName?: string | null;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  /** Structured validation errors of an invalid definition (400 on publish). */
  readonly errors: ValidationIssue[];
  /** A validation problem's messages by field name ("title", "criticalDimensions[0].nominal"), for the form inputs. */
  readonly fields: Record<string, string[]>;

  constructor(status: number, title: string, detail?: string, errors: ValidationIssue[] = [], fields: Record<string, string[]> = {}) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.fields = fields;
  }
}

/** Called when the API says the session is gone (401), so the app can show the sign-in page. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void) {
  onSignedOut = handler;
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer; throws ApiError otherwise. */
export async function call<T>(request: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await request.catch((e: unknown) => {
    throw new ApiError(0, 'The server cannot be reached', e instanceof Error ? e.message : String(e));
  });
  if (response.ok) return data as T;
  throw toError(response, error);
}

/** Like call, with the answer's headers (the ETag of a definition). */
export async function callWithHeaders<T>(request: Promise<Answer<T>>): Promise<{ data: T; headers: Headers }> {
  const { data, error, response } = await request.catch((e: unknown) => {
    throw new ApiError(0, 'The server cannot be reached', e instanceof Error ? e.message : String(e));
  });
  if (response.ok) return { data: data as T, headers: response.headers };
  throw toError(response, error);
}

function toError(response: Response, body: unknown): ApiError {
  if (response.status === 401 && !response.url.includes('/api/auth/login')) onSignedOut();
  return problemError(response.status, body);
}

/** An answer's RFC 7807 problem details (or none) as an ApiError; also for answers not read through openapi-fetch. */
export function problemError(status: number, body: unknown): ApiError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const title = typeof problem.title === 'string' ? problem.title : defaultTitle(status);
  // A validation problem's own detail names fields as the API spells them ("dueDate"); the sentences read better.
  const detail = validationDetail(problem.errors) ?? (typeof problem.detail === 'string' ? problem.detail : undefined);
  const errors = Array.isArray(problem.errors) ? (problem.errors as ValidationIssue[]) : [];
  return new ApiError(status, title, detail, errors, fieldErrors(problem.errors));
}

/** ASP.NET's validation problems carry { errors: { field: [messages] } } instead of a detail. */
export function fieldErrors(errors: unknown): Record<string, string[]> {
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return {};
  return errors as Record<string, string[]>;
}

/** The messages of a validation problem as sentences: "Quantity must be from 1 to 1,000,000." */
export function validationDetail(errors: unknown): string | undefined {
  const entries = Object.entries(fieldErrors(errors));
  if (entries.length === 0) return undefined;
  return entries.flatMap(([field, messages]) => messages.map((m) => sentence(field, m))).join(' ');
}

/** "criticalDimensions[0].nominal" + "must be above 0." → "Critical dimensions 1, nominal must be above 0." */
export function sentence(field: string, message: string): string {
  const name = field
    .replace(/\[(\d+)\]/g, (_, i: string) => ` ${Number(i) + 1},`)
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().trim())
    .join(' ')
    .replace(/ id$/, '') // "modelId" is the model to a person
    .replace(/,$/, '');
  const text = `${name} ${message}`.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function defaultTitle(status: number): string {
  if (status === 401) return 'You are signed out';
  if (status === 403) return 'Your role may not do this';
  if (status === 404) return 'Not found';
  if (status === 413) return 'The file is too large';
  if (status === 415) return 'This kind of file is not accepted';
  if (status >= 500) return 'The server failed';
  return `The request failed (${status})`;
}
