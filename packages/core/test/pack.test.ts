// Packs the package as another team would receive it, installs the tarball into a scratch project
// outside the workspace, and uses it from plain Node (no TypeScript, no workspace resolution).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { sampleDatasetInput as fixtureInput } from "../src/sample.js";
import { exactCount } from "../src/certainty.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const scratch = mkdtempSync(join(tmpdir(), "atlas-core-consumer-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the packed tarball", () => {
  it("installs outside the workspace and works from plain Node", () => {
    if (!existsSync(join(packageDir, "dist", "index.js"))) {
      throw new Error("packages/core/dist is missing: run `pnpm --filter @partnership-atlas/core build` first (turbo's test task does)");
    }
    execFileSync("pnpm", ["pack", "--pack-destination", scratch], { cwd: packageDir, stdio: "pipe" });
    const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"));
    expect(tarball).toBeDefined();

    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    writeFileSync(join(scratch, "dataset.json"), JSON.stringify(fixtureInput()));
    writeFileSync(
      join(scratch, "use.mjs"),
      `import { readFileSync } from "node:fs";
import { validateDataset, ratificationSummary, checkClaims, IsoDate, CountryCode } from "@partnership-atlas/core";
import { allJsonSchemas } from "@partnership-atlas/core/json-schema";
import pkg from "@partnership-atlas/core/package.json" with { type: "json" };
const result = validateDataset(JSON.parse(readFileSync("dataset.json", "utf8")));
if (!result.ok) { console.error(result.problems); process.exit(1); }
const s = ratificationSummary(result.dataset, CountryCode.parse("CN"), IsoDate.parse("2022-06-01"));
const broken = validateDataset({ schemaVersion: 1 });
console.log(JSON.stringify({
  total: s.total, byCategory: s.byCategory,
  drifted: checkClaims(result.dataset, IsoDate.parse("2026-11-29")).filter((c) => c.status === "drifted").map((c) => c.id),
  brokenProblems: broken.problems.length,
  schemas: Object.keys(allJsonSchemas()).length,
  zod: pkg.dependencies.zod,
}));
`,
    );
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", `./${tarball}`], { cwd: scratch, stdio: "pipe" });
    const out = JSON.parse(execFileSync("node", ["use.mjs"], { cwd: scratch, encoding: "utf8" }));
    expect(out).toEqual({
      total: exactCount(6),
      byCategory: { fundamental: exactCount(2), governance: exactCount(1), technical: exactCount(3) },
      drifted: ["cn-page-total", "cn-page-fundamental"],
      brokenProblems: 12,
      schemas: 13,
      zod: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
  });
});
