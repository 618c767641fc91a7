// GET /feeds/instruments/<code>.atom — the changes to one instrument and its ratifications.
import { NotFound, take } from "@/lib/api";
import { InstrumentCodeParam, parseParam } from "@/lib/params";
import { instrument, today } from "@/server/atlas";
import { atomFeed, atomResponse } from "@/server/feeds";
import { respond } from "@/server/respond";

export async function GET(request: Request, ctx: RouteContext<"/feeds/instruments/[file]">) {
  return respond(request, async () => {
    const file = (await ctx.params).file;
    if (!file.endsWith(".atom")) throw new NotFound(`There is no feed "${file}"; feeds end in .atom`);
    const code = take(parseParam("code", InstrumentCodeParam, file.slice(0, -".atom".length).toUpperCase()));
    const view = await instrument(code, today());
    if (!view) throw new NotFound(`There is no instrument "${code}"`);
    return atomResponse(await atomFeed({ kind: "instrument", code, title: view.instrument.title }, new URL(request.url).origin));
  });
}
