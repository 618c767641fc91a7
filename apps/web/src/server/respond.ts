// The API's and downloads' answers about records: `?recordedOn=` read at the edge, the records'
// revision in headers (and a `records` field in JSON), and conditional requests answered 304
// from validators derived from the revision — never by hashing a body.
import "server-only";
import { handle, ParameterError, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import { onRecords, RecordedOnError, type RecordsInfo } from "./recorded";

/** The `records` field of a JSON answer. */
export function recordsField(info: RecordsInfo) {
  return { revision: info.revision, recordedAt: info.recordedAt, latestRevision: info.current, recordedOn: info.recordedOn };
}

/** Today's start (UTC): an answer without `asOf` is computed for today, so it changes at midnight too. */
function startOfToday(): number {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** ETag and Last-Modified of an answer built from `info`, for an address with or without a fixed `asOf`. */
export function validators(info: RecordsInfo, datedByClient: boolean): { etag: string; lastModified: number | null } {
  const day = datedByClient ? "" : `-d${new Date(startOfToday()).toISOString().slice(0, 10)}`;
  const etag = `"r${info.revision}${info.recordedOn ? `-p${info.revision}` : ""}${day}"`;
  const recorded = info.recordedAt === null ? null : Date.parse(info.recordedAt);
  const lastModified = recorded === null ? null : datedByClient ? recorded : Math.max(recorded, startOfToday());
  return { etag, lastModified };
}

/** Whether the client's copy (If-None-Match, else If-Modified-Since) is still the answer. */
export function notModified(request: Request, v: { etag: string; lastModified: number | null }): boolean {
  const inm = request.headers.get("if-none-match");
  if (inm !== null) {
    return inm.split(",").some((t) => {
      const tag = t.trim().replace(/^W\//, "");
      return tag === "*" || tag === v.etag;
    });
  }
  const ims = request.headers.get("if-modified-since");
  if (ims === null || v.lastModified === null) return false;
  const since = Date.parse(ims);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(v.lastModified / 1000) * 1000 <= since;
}

function recordHeaders(info: RecordsInfo, v: { etag: string; lastModified: number | null }): Record<string, string> {
  return {
    ETag: v.etag,
    ...(v.lastModified === null ? {} : { "Last-Modified": new Date(v.lastModified).toUTCString() }),
    "X-Atlas-Revision": String(info.revision),
    ...(info.recordedAt ? { "X-Atlas-Recorded-At": info.recordedAt } : {}),
    "X-Atlas-Latest-Revision": String(info.current),
    // Revalidate every time: a 304 costs no body, and a change shows at once.
    "Cache-Control": "no-cache",
  };
}

/**
 * Parses `?recordedOn=`, runs `build` on those records (the latest when absent), and answers 304
 * without a body when the client's copy is current; otherwise `build`'s answer with the records'
 * headers. Errors map as in `handle` (a bad or unreachable recordedOn is a 400 naming it).
 */
export function respond(request: Request, build: (info: RecordsInfo) => Promise<Response>): Promise<Response> {
  return handle(async () => {
    const sp = new URL(request.url).searchParams;
    const when = take(parseParam("recordedOn", P.recordedOn.schema, one(sp.get("recordedOn"))));
    try {
      return await onRecords(when, async (info) => {
        const v = validators(info, sp.has("asOf"));
        const headers = recordHeaders(info, v);
        if (notModified(request, v)) return new Response(null, { status: 304, headers });
        const response = await build(info);
        if (response.status !== 200) return response;
        for (const [k, value] of Object.entries(headers)) response.headers.set(k, value);
        return response;
      });
    } catch (error) {
      if (error instanceof RecordedOnError) throw new ParameterError({ parameter: "recordedOn", message: `recordedOn ${error.message}` });
      throw error;
    }
  });
}
