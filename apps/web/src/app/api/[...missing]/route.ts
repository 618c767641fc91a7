// Any /api address no route serves: a JSON 404, not the site's HTML page.
import { handle, NotFound } from "@/lib/api";

function missing(request: Request): Promise<Response> {
  return handle(async () => {
    throw new NotFound(`There is no API endpoint at ${new URL(request.url).pathname}; see /api/v1/openapi.json`);
  });
}

export { missing as GET, missing as HEAD, missing as POST, missing as PUT, missing as PATCH, missing as DELETE };
