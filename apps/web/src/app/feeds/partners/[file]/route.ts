// GET /feeds/partners/<id>.atom — the changes to one partner's records (a State's ratifications included).
import { NotFound, take } from "@/lib/api";
import { PartnerIdParam, parseParam } from "@/lib/params";
import { partnerChoices } from "@/server/atlas";
import { atomFeed, atomResponse } from "@/server/feeds";
import { respond } from "@/server/respond";

export async function GET(request: Request, ctx: RouteContext<"/feeds/partners/[file]">) {
  return respond(request, async () => {
    const file = (await ctx.params).file;
    if (!file.endsWith(".atom")) throw new NotFound(`There is no feed "${file}"; feeds end in .atom`);
    const id = take(parseParam("id", PartnerIdParam, file.slice(0, -".atom".length)));
    const partner = (await partnerChoices()).find((p) => p.id === id);
    if (!partner) throw new NotFound(`There is no partner "${id}"`);
    return atomResponse(await atomFeed({ kind: "partner", id, name: partner.name }, new URL(request.url).origin));
  });
}
