// GET /api/v1/partners?asOf= — every partner with headline figures.
import { json, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import * as api from "@/server/api";
import { recordsField, respond } from "@/server/respond";
import { today } from "@/server/atlas";

export async function GET(request: Request) {
  return respond(request, async (info) => {
    const sp = new URL(request.url).searchParams;
    const asOf = take(parseParam("asOf", P.asOf.schema, one(sp.get("asOf")))) ?? today();
    return json({ ...await api.partners(asOf), records: recordsField(info) });
  });
}
