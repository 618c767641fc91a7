// Answers the methods the Fetch standard forbids (TRACE, TRACK, CONNECT) before Next.js sees them.
// Next.js turns every request into a Fetch `Request`, whose constructor throws on these methods,
// so they would end as a 500 with a stack trace in the log before the proxy or any route runs.
import http from "node:http";

const FORBIDDEN = new Set(["TRACE", "TRACK", "CONNECT"]);
const INSTALLED = Symbol.for("partnership-atlas.web.forbidden-methods");
const holder = globalThis as Record<symbol, boolean | undefined>;

/** Wraps every HTTP server's `request` event once per process; other events pass untouched. */
export function guardForbiddenMethods(): void {
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const proto = http.Server.prototype;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [req, res] = args;
    if (event === "request" && req instanceof http.IncomingMessage && res instanceof http.ServerResponse && FORBIDDEN.has(req.method ?? "")) {
      const body = JSON.stringify({
        error: { status: 405, code: "method-not-allowed", message: `${req.method} is not allowed here: this site answers GET, HEAD, OPTIONS.` },
      });
      res.writeHead(405, { Allow: "GET, HEAD, OPTIONS", "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
      res.end(body);
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
}
