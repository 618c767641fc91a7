// GET /api/v1/openapi.json — the API described as OpenAPI 3.1, generated from the zod schemas.
import { json } from "@/lib/api";
import { openApiDocument } from "@/lib/openapi";

let cached: unknown;

export function GET() {
  cached ??= openApiDocument();
  return json(cached, 200, { "Cache-Control": "public, max-age=300" });
}
