// CSV and JSON downloads of every table the site shows.
import { download } from "@/server/downloads";
import { respond } from "@/server/respond";
import { toCsv, toJson } from "@/tables/table";

export async function GET(request: Request, ctx: RouteContext<"/data/[...path]">) {
  return respond(request, async () => {
    const { path } = await ctx.params;
    const d = await download(path, new URL(request.url).searchParams);
    const name = path.join("-").replace(/[^A-Za-z0-9._-]/g, "_");
    if (d.format === "csv") {
      return new Response(toCsv(d.table), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${name}"`,
          "Cache-Control": "no-store",
        },
      });
    }
    return Response.json(toJson(d.table, d.meta), { headers: { "Cache-Control": "no-store" } });
  });
}
