// The map's files: world.svg and world.png (rendered on the server); its tables
// (states, timeline) as CSV or JSON through the same downloads as every other table.
import { handle } from "@/lib/api";
import { mapImage } from "@/server/map-image";
import { GET as tableDownload } from "../../[...path]/route";

export async function GET(request: Request, ctx: RouteContext<"/data/map/[file]">) {
  const { file } = await ctx.params;
  const image = /^world\.(svg|png)$/.exec(file);
  if (!image) return tableDownload(request, { params: Promise.resolve({ path: ["map", file] }) });
  return handle(async () => {
    const img = await mapImage(image[1] as "svg" | "png", new URL(request.url).searchParams);
    return new Response(img.body, {
      headers: {
        "Content-Type": img.type,
        "Content-Disposition": `attachment; filename="${img.name}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
