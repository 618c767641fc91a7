// Bundles the `atlas` command into a few files: loading hundreds of small modules (zod, kysely,
// core, store) dominated start-up. Native and data-carrying packages stay external, and the
// interactive UI (Ink, React) is a separate chunk loaded only on a terminal.
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: ["src/cli.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  jsx: "automatic",
  sourcemap: true,
  logLevel: "warning",
  // better-sqlite3 is native, pg is loaded only for PostgreSQL, the dataset reads its JSON files
  // next to its own code, and Ink/React stay as packaged.
  external: ["better-sqlite3", "pg", "@partnership-atlas/dataset", "ink", "react", "@inkjs/ui", "react-devtools-core"],
  banner: { js: "import { createRequire as __atlasRequire } from 'node:module'; const require = __atlasRequire(import.meta.url);" },
});
