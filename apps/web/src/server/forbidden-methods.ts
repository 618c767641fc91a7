// Answers the methods the Fetch standard forbids (TRACE, TRACK, CONNECT) before Next.js sees them.
// Next.js turns every request into a Fetch `Request`, whose constructor throws on these methods,
// so they would end as a 500 with a stack trace in the log before the proxy or any route runs.
import http, { type IncomingMessage, type ServerResponse } from "node:http";

const FORBIDDEN = new Set(["TRACE", "TRACK", "CONNECT"]);
const GUARD = Symbol.for("partnership-atlas.web.forbidden-methods");

export function guardForbiddenMethods(): void {
  const proto = http.Server.prototype as unknown as Record<symbol, unknown> & { emit: (event: string, ...args: unknown[]) => boolean };
  if (proto[GUARD]) return;
  proto[GUARD] = true;
  const emit = proto.emit;
  proto.emit = function (this: unknown, event: string, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (FORBIDDEN.has(req.method ?? "")) {
        const body = JSON.stringify({
          error: { status: 405, code: "method-not-allowed", message: `${req.method} is not allowed here: this site answers GET, HEAD, OPTIONS.` },
        });
        res.writeHead(405, { Allow: "GET, HEAD, OPTIONS", "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
        res.end(body);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  };
}
