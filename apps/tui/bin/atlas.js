#!/usr/bin/env node
// The `atlas` command: a thin shim over the compiled CLI so start-up loads nothing else.
// Run through `pnpm atlas`, pnpm starts us in apps/tui; go back to where the user typed the
// command so relative paths (files, --out, sqlite:<file>) mean what they expect.
if (process.env.npm_lifecycle_event === "atlas" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const { main } = await import("../dist/cli.js");
process.exitCode = await main(process.argv.slice(2));
