#!/usr/bin/env node
// The `atlas` command: a thin shim over the compiled CLI so start-up loads nothing else.
// Run through `pnpm atlas`, pnpm starts us in apps/tui; go back to where the user typed the
// command so relative paths (files, --out, sqlite:<file>) mean what they expect.
if (process.env.npm_lifecycle_event === "atlas" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const cli = new URL("../dist/cli.js", import.meta.url);
const { existsSync } = await import("node:fs");
if (!existsSync(cli)) {
  process.stderr.write("atlas: not built yet; run `npm start` (or `npm test`) once from the repository root\n");
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
