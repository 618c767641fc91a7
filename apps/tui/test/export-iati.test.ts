// `atlas export --format iati`, run as a child process on a freshly seeded store.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateIati, xpathValues } from "../../../packages/core/test/support/xmllint.js";
import { runAtlas } from "./run-atlas.js";

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-iati-"));
  db = `sqlite:${join(dir, "atlas.db")}`;
  const r = await runAtlas(["validate", "--db", db]);
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("atlas export --format iati", () => {
  it("prints a file that validates against the IATI 2.03 schema, and the report on stderr", async () => {
    const r = await runAtlas(["export", "--format", "iati", "--db", db]);
    expect(r.code).toBe(0);
    const result = validateIati(r.stdout);
    expect(result.messages).toMatch(/validates$/);
    expect(result.status).toBe(0);
    // ATLAS_TODAY (2026-11-30, set by runAtlas) pins the generated date-time.
    expect(xpathValues(r.stdout, "/iati-activities/@generated-datetime")).toEqual(["2026-11-30T00:00:00Z"]);
    expect(r.stderr).toMatch(/left out budget: the records hold no budget/);
    expect(r.stderr).toMatch(/^\d+ of \d+ records written as IATI activities$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exports one partner with --partner and writes the companion JSON with --report", async () => {
    const report = join(dir, "report.json");
    const out = join(dir, "cn.xml");
    const r = await runAtlas(["export", "--format", "iati", "--partner", "CN", "--report", report, "--out", out, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const xml = await readFile(out, "utf8");
    expect(validateIati(xml).status).toBe(0);
    const json = JSON.parse(await readFile(report, "utf8")) as { partner: string; activities: { identifier: string; exported: boolean }[] };
    expect(json.partner).toBe("cn");
    expect(json.activities.filter((a) => a.exported).map((a) => a.identifier)).toEqual(xpathValues(xml, "//iati-identifier"));
  });

  it("refuses an unknown partner with one line and exit code 2", async () => {
    const r = await runAtlas(["export", "--format", "iati", "--partner", "zz", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual(['atlas: export: unknown partner "zz" (see atlas search)']);
  });

  it("refuses --partner and --report without --format iati", async () => {
    const r = await runAtlas(["export", "--partner", "cn", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--partner and --report work with --format iati only");
  });

  it("writes neither file when one of them cannot be written", async () => {
    // The report is prepared first; the XML's folder does not exist, so neither may appear.
    const report = join(dir, "kept-out.json");
    const r = await runAtlas(["export", "--format", "iati", "--report", report, "--out", join(dir, "missing", "a.xml"), "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*a\.xml: ENOENT/);
    await expect(stat(report)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
