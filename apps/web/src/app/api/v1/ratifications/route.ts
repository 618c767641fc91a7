// GET /api/v1/ratifications?state=CN&asOf= — a member State's ratifications on a date.
import { CountryCode } from "@partnership-atlas/core";
import { json, NotFound, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import * as api from "@/server/api";
import { recordsField, respond } from "@/server/respond";
import { today } from "@/server/atlas";

export async function GET(request: Request) {
  return respond(request, async (info) => {
    const sp = new URL(request.url).searchParams;
    const state = take(parseParam("state", P.state.schema.pipe(CountryCode), one(sp.get("state"))));
    const asOf = take(parseParam("asOf", P.asOf.schema, one(sp.get("asOf")))) ?? today();
    const body = await api.ratifications(state, asOf);
    if (!body) throw new NotFound(`There is no member State "${state}" in the data`);
    return json({ ...body, records: recordsField(info) });
  });
}
