// The house rules are lint errors (biome.json): the import direction, core's purity, the store
// kept out of React components, process.env only in the env modules, no non-null assertions.
// Each case lints a small file at a path of the tree, in a temporary copy holding only the
// repository's biome.json (so nothing is written into the real tree), and expects the rule.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const biome = resolve(root, "node_modules/.bin/biome");
const sandbox = mkdtempSync(join(tmpdir(), "atlas-house-rules-"));
copyFileSync(join(root, "biome.json"), join(sandbox, "biome.json"));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function lint(path: string, source: string): { status: number | null; output: string } {
  if (!existsSync(biome)) throw new Error("Biome is not installed at the repository root; run pnpm install");
  const file = join(sandbox, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    const r = spawnSync(biome, ["lint", "--max-diagnostics=50", path], { cwd: sandbox, encoding: "utf8" });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(file);
  }
}

describe("house rules in biome.json", () => {
  const wrong: [string, string, string, RegExp][] = [
    ["core importing node:fs", "packages/core/src/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n', /noRestrictedImports[\s\S]*core is pure/],
    ["core importing an I/O package", "packages/core/src/x.ts", 'import pg from "pg";\nexport const x = pg;\n', /noRestrictedImports/],
    ["core importing the store", "packages/core/src/x.ts", 'import { openStore } from "@partnership-atlas/store";\nexport const x = openStore;\n', /noRestrictedImports[\s\S]*core imports nothing of ours/],
    ["the dataset importing the store", "packages/dataset/src/x.ts", 'import { openStore } from "@partnership-atlas/store";\nexport const x = openStore;\n', /noRestrictedImports/],
    ["the store importing an app", "packages/store/src/x.ts", 'import { x } from "@partnership-atlas/web";\nexport const y = x;\n', /noRestrictedImports/],
    ["a web component importing the store", "apps/web/src/components/X.tsx", 'import { openStore } from "@partnership-atlas/store";\nexport const x = openStore;\n', /noRestrictedImports[\s\S]*server-only data layer/],
    ["a web page importing the store", "apps/web/src/app/[lang]/x/page.tsx", 'import { openStore } from "@partnership-atlas/store";\nexport const x = openStore;\n', /noRestrictedImports/],
    ["a terminal view opening the store", "apps/tui/src/ui/X.tsx", 'import { openStore } from "@partnership-atlas/store";\nexport const x = openStore;\n', /noRestrictedImports[\s\S]*AppContext/],
    ["process.env outside the env modules", "apps/web/src/server/x.ts", "export const url = process.env.ATLAS_DATABASE_URL;\n", /noProcessEnv/],
    ["a non-null assertion in source", "packages/store/src/x.ts", "export const first = (xs: string[]) => xs[0]!;\n", /noNonNullAssertion/],
  ];
  for (const [what, path, source, rule] of wrong) {
    it(`fails on ${what}`, () => {
      const r = lint(path, source);
      expect(r.output).toMatch(rule);
      expect(r.status).not.toBe(0);
    });
  }

  const right: [string, string, string][] = [
    ["core importing zod", "packages/core/src/x.ts", 'import { z } from "zod";\nexport const x = z.string();\n'],
    ["the store importing core", "packages/store/src/x.ts", 'import { COLLECTIONS } from "@partnership-atlas/core";\nexport const x = COLLECTIONS;\n'],
    ["a terminal view naming the Store port", "apps/tui/src/ui/X.tsx", 'import type { Store } from "@partnership-atlas/store";\nexport type X = Store;\n'],
    ["the web env module reading process.env", "apps/web/src/env.ts", "export const url = process.env.ATLAS_DATABASE_URL;\n"],
  ];
  for (const [what, path, source] of right) {
    it(`passes ${what}`, () => {
      const r = lint(path, source);
      expect(r.output).not.toMatch(/noRestrictedImports|noProcessEnv|noNonNullAssertion/);
      expect(r.status).toBe(0);
    });
  }
});
