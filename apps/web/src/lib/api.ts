// Route-handler plumbing: JSON responses and the one mapping from failures to HTTP errors.
import type { z } from "zod";
import type { ApiError } from "./api-schemas";
import type { Issue, Parsed } from "./params";

type ErrorBody = z.input<typeof ApiError>;

/** A rejected parameter; handlers throw it and `handle` answers 400. */
export class ParameterError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}

export class NotFound extends Error {}

/** The value of a parsed parameter, or a 400 naming it. */
export function take<T>(p: Parsed<T>): T {
  if (!p.ok) throw new ParameterError(p.issue);
  return p.value;
}

const JSON_HEADERS = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...JSON_HEADERS, ...headers } });
}

function error(status: number, code: ErrorBody["error"]["code"], message: string, parameter?: string): Response {
  const body: ErrorBody = { error: { status, code, message, ...(parameter ? { parameter } : {}) } };
  return json(body, status);
}

/** Runs a handler and maps what it throws: 400 for a parameter, 404, otherwise 500 without details. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ParameterError) return error(400, "bad-parameter", e.issue.message, e.issue.parameter);
    if (e instanceof NotFound) return error(404, "not-found", e.message);
    console.error("API error:", e);
    return error(500, "internal", "The server could not answer this request; it has been logged.");
  }
}
