// The typed API client: openapi-fetch over the types generated from schemas/openapi.json.
// Every call goes through `call`, which returns the data or throws an ApiError carrying the
// server's stable error code (`edit_conflict`, `document_frozen`, …) to branch on.
import createClient from "openapi-fetch";
import type { components, paths } from "../client/schema";

export type Schemas = components["schemas"];
export type DocumentOverview = Schemas["DocumentOverview"];
export type SectionPublic = Schemas["SectionPublic"];
export type VersionPublic = Schemas["VersionPublic"];
export type VersionSaved = Schemas["VersionSaved"];
export type ApprovalMatrix = Schemas["ApprovalMatrix"];
export type ApprovalSummary = Schemas["ApprovalSummary"];
export type CellPublic = Schemas["CellPublic"];
export type DelegationPublic = Schemas["DelegationPublic"];
export type MePublic = Schemas["MePublic"];
export type RevisionPublic = Schemas["RevisionPublic"];
export type DocumentDiff = Schemas["DocumentDiff"];
export type SectionChange = Schemas["SectionChange"];
export type SectionDiff = Schemas["SectionDiff"];
export type WorkingGroupPublic = Schemas["WorkingGroupPublic"];
export type ProviderPublic = Schemas["ProviderPublic"];
export type Decision = Schemas["Decision"];

export const api = createClient<paths>({ baseUrl: "", credentials: "same-origin" });

/** The JSON body that `method` on `path` takes, e.g. `BodyOf<"/api/v1/documents", "post">`. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function toApiError(status: number, error: unknown): ApiError {
  const body = (error ?? {}) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
  const e = body.error ?? {};
  return new ApiError(
    status,
    typeof e.code === "string" ? e.code : `http_${status}`,
    typeof e.message === "string" ? e.message : `Request failed (${status}).`,
    typeof e.details === "object" && e.details !== null ? (e.details as Record<string, unknown>) : {},
  );
}

/** Awaits an openapi-fetch call: its data, or an ApiError. */
export async function call<T>(request: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch (cause) {
    throw new ApiError(0, "network_error", cause instanceof Error ? cause.message : String(cause));
  }
  if (!answer.response.ok || answer.error !== undefined) throw toApiError(answer.response.status, answer.error);
  return answer.data as T;
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** When the server refused for now and said when to come back (429, 503 with `retry_after`):
 *  how long to wait, in milliseconds. */
function comeBackAfter(error: unknown): number | null {
  if (!isApiError(error) || (error.status !== 429 && error.status !== 503)) return null;
  const seconds = error.details.retry_after;
  return typeof seconds === "number" && seconds >= 0 ? seconds * 1000 : null;
}

const READ_RETRIES = 2;
// A page may ask for more at once than one person's share of the server (a margin per commented
// paragraph, all in parallel over HTTP/2): those refused are read again when the server says.
const REFUSED_READ_RETRIES = 5;

/** Whether a read that failed `failures` times is tried again: a refusal that says when, up to
 *  five times; network and server trouble twice; any other 4xx answer is final. */
export function retryRead(failures: number, error: unknown): boolean {
  if (comeBackAfter(error) !== null) return failures < REFUSED_READ_RETRIES;
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failures < READ_RETRIES;
}

/** How long before trying a read again: when the server said, else 1 s doubling up to 30 s. */
export function retryReadDelay(failures: number, error: unknown): number {
  return comeBackAfter(error) ?? Math.min(1000 * 2 ** failures, 30_000);
}

/** The queries' retry options (app/start.tsx). */
export const readRetries = { retry: retryRead, retryDelay: retryReadDelay } as const;
