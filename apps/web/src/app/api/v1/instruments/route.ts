// GET /api/v1/instruments?asOf=&category=&status= — instruments with their category on a date.
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
    const category = take(parseParam("category", P.category.schema, one(sp.get("category"))));
    const status = take(parseParam("status", P.status.schema, one(sp.get("status"))));
    return json({ ...await api.instruments(asOf, { category, status }), records: recordsField(info) });
  });
}
