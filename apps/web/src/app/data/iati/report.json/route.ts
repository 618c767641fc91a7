// What the IATI file leaves out, per activity: `/data/iati/report.json`, `?partner=cn` for one partner.
import { handle, json, NotFound, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import { iatiActivities } from "@/server/atlas";

export async function GET(request: Request) {
  return handle(async () => {
    const partner = take(parseParam("partner", P.partner.schema, one(new URL(request.url).searchParams.get("partner"))));
    const result = await iatiActivities(partner);
    if (!result.ok && result.reason === "unknown-partner") throw new NotFound(result.message);
    return json(result.report);
  });
}
