// Runs once in the server process, before it serves requests (Next.js calls register()).
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's build-time constant (not configuration): only the Node.js server has
  // an HTTP server to guard; the Edge build of this file must not import node:http.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { guardForbiddenMethods } = await import("./server/forbidden-methods");
    guardForbiddenMethods();
    const [{ installPageCache }, { env }] = await Promise.all([import("./server/page-cache"), import("./env")]);
    installPageCache({ ttlMs: env.ATLAS_PAGE_CACHE_MS, maxBytes: env.ATLAS_PAGE_CACHE_MB * 1024 * 1024 });
  }
}
