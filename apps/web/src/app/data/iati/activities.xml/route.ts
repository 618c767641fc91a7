// The records as an IATI 2.03 activities file: `/data/iati/activities.xml`, `?partner=cn` for one partner.
import { handle, NotFound, take } from "@/lib/api";
import { P } from "@/lib/api-params";
import { one, parseParam } from "@/lib/params";
import { iatiActivities } from "@/server/atlas";

export async function GET(request: Request) {
  return handle(async () => {
    const partner = take(parseParam("partner", P.partner.schema, one(new URL(request.url).searchParams.get("partner"))));
    const result = await iatiActivities(partner);
    if (!result.ok) throw new NotFound(result.message);
    return new Response(result.xml, {
      headers: {
        "Content-Type": "application/xml; charset=utf-8",
        "Content-Disposition": `inline; filename="iati-activities${partner ? `-${partner}` : ""}.xml"`,
        "Cache-Control": "no-store",
        "Access-Control-Allow-Origin": "*",
      },
    });
  });
}
