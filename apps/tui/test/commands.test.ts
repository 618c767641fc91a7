// The non-interactive commands, run as a child process on a temp store, including each bad argument.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAtlas } from "./run-atlas.js";

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-cmd-"));
  db = `sqlite:${join(dir, "atlas.db")}`;
  // The first use creates and seeds the store.
  const r = await runAtlas(["validate", "--db", db]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One line on stderr, no stack trace. */
function expectOneClearLine(stderr: string, includes: string) {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^atlas: /);
  expect(lines[0]).toContain(includes);
  expect(stderr).not.toMatch(/\n\s+at /);
}

async function freshStore(name: string): Promise<string> {
  const url = `sqlite:${join(dir, `${name}.db`)}`;
  expect((await runAtlas(["validate", "--db", url])).code).toBe(0);
  return url;
}

describe("atlas (no command, help)", () => {
  it("prints help with the exit codes on --help", async () => {
    const r = await runAtlas(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Exit codes:");
    expect(r.stdout).toMatch(/2 {2}bad usage/);
    expect(r.stdout).toMatch(/3 {2}the store could not be opened/);
    for (const c of ["profile", "claims", "search", "validate", "import", "export"]) expect(r.stdout).toContain(`  ${c} `);
  });

  it("prints each command's help on --help", async () => {
    for (const c of ["profile", "claims", "search", "validate", "import", "export"]) {
      const r = await runAtlas([c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: atlas ${c}`));
      expect(r.stdout).toContain("--db <url>");
    }
  });

  it("without a command and without a terminal prints help and exits 2", async () => {
    const r = await runAtlas([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage:");
    expect(r.stderr).toContain("not on a terminal");
  });

  it("rejects an unknown command in one line", async () => {
    const r = await runAtlas(["profiel", "cn"]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, 'unknown command "profiel"');
  });

  it("rejects an unknown flag in one line", async () => {
    const r = await runAtlas(["profile", "cn", "--bogus", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "unknown option --bogus");
  });

  it("rejects a flag missing its value", async () => {
    const r = await runAtlas(["profile", "cn", "--as-of"]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "--as-of");
  });
});

describe("atlas profile", () => {
  it("gives China's page figures as of 2022-06-01 in JSON: 26 / 4 / 2 / 20", async () => {
    const r = await runAtlas(["profile", "cn", "--as-of", "2022-06-01", "--json", "--db", db]);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    const counts = [p.headline.ratified, p.headline.fundamental, p.headline.governance, p.headline.technical];
    expect(counts.map((c: { low: number; high: number | null; certainty: string }) => [c.low, c.high, c.certainty])).toEqual([
      [26, 26, "exact"],
      [4, 4, "exact"],
      [2, 2, "exact"],
      [20, 20, "exact"],
    ]);
  });

  it("prints today's figures as plain text (at least 28 / 7 / 2 / 19)", async () => {
    const r = await runAtlas(["profile", "CN", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("China (cn) — as of 2026-11-30");
    // China's list is complete as of 2022-08-13 (coverage cn-all), so today's figures are lower bounds.
    expect(r.stdout).toContain("Ratifications: at least 28 Conventions — fundamental at least 7, governance at least 2, technical at least 19");
    expect(r.stdout).toMatch(/DRIFTED/);
  });

  it("reads the store from DATABASE_URL when --db is absent", async () => {
    const r = await runAtlas(["profile", "cn", "--json"], { DATABASE_URL: db });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).partner.id).toBe("cn");
  });

  it("rejects an unknown partner in one line", async () => {
    const r = await runAtlas(["profile", "xx", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, 'unknown partner "xx"');
  });

  it("rejects an impossible date in one line", async () => {
    const r = await runAtlas(["profile", "cn", "--as-of", "2022-02-30", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "2022-02-30 is not a real calendar date");
  });

  it("rejects a malformed date in one line", async () => {
    const r = await runAtlas(["profile", "cn", "--as-of", "June 2022", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "must be a date written YYYY-MM-DD");
  });

  it("asks for a partner when none is given", async () => {
    const r = await runAtlas(["profile", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "name a partner");
  });

  it("rejects a database URL it does not understand", async () => {
    const r = await runAtlas(["profile", "cn", "--db", "mysql://x"]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "--db");
  });

  it("exits 3 when the store cannot be opened", async () => {
    // A "directory" that is a file: the database can be neither created nor opened.
    await writeFile(join(dir, "a-file"), "not a directory");
    const r = await runAtlas(["profile", "cn", "--db", `sqlite:${join(dir, "a-file", "atlas.db")}`]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^atlas: cannot open the store/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("atlas claims", () => {
  it("reports drifted claims today and exits 1", async () => {
    const r = await runAtlas(["claims", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/DRIFTED +cn +"/);
  });

  it("gives every check as JSON", async () => {
    const r = await runAtlas(["claims", "--json", "--as-of", "2022-06-01", "--db", db]);
    const checks = JSON.parse(r.stdout) as { status: string }[];
    expect(checks.length).toBeGreaterThan(0);
    expect(r.code).toBe(checks.some((c) => c.status === "drifted" || c.status === "wrong") ? 1 : 0);
  });

  it("rejects an impossible date", async () => {
    const r = await runAtlas(["claims", "--as-of", "2021-13-01", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "2021-13-01");
  });
});

describe("atlas search", () => {
  it("finds China and prints JSON with --json", async () => {
    const text = await runAtlas(["search", "china", "--db", db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/partner +cn/);
    const json = await runAtlas(["search", "Belt and Road", "--json", "--db", db]);
    expect(JSON.parse(json.stdout).length).toBeGreaterThan(0);
  });

  it("says so when nothing matches", async () => {
    const r = await runAtlas(["search", "zzzz-nothing", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("No matches.\n");
  });

  it("asks for text when none is given", async () => {
    const r = await runAtlas(["search", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "give the text to look for");
  });
});

describe("atlas validate", () => {
  it("finds no problems in the seeded store or in its export", async () => {
    expect((await runAtlas(["validate", "--db", db])).stdout).toMatch(/no problems/);
    const file = join(dir, "export-ok.json");
    expect((await runAtlas(["export", "--out", file, "--db", db])).code).toBe(0);
    const r = await runAtlas(["validate", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no problems");
  });

  it("lists every problem with its path and exits 1", async () => {
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    data.agreements[0].signedOn = "2001-02-30";
    data.agreements[1].partner = "nowhere";
    const file = join(dir, "broken.json");
    await writeFile(file, JSON.stringify(data));
    const r = await runAtlas(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ agreements\[0\]\.signedOn: .*2001-02-30 is not a real calendar date/);
    expect(r.stdout).toMatch(/✖ agreements\[1\]\.partner: /);
  });

  it("reports a file that is not JSON as a problem", async () => {
    const file = join(dir, "not-json.json");
    await writeFile(file, "{ nope");
    const r = await runAtlas(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("is not valid JSON");
  });

  it("rejects an unreadable file in one line", async () => {
    const r = await runAtlas(["validate", join(dir, "no-such-file.json")]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "no such file");
  });
});

describe("atlas import", () => {
  it("prints what a dry run would change and writes nothing; then imports", async () => {
    const url = await freshStore("import");
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    data.agreements[0].title = "A changed title";
    const file = join(dir, "changed.json");
    await writeFile(file, JSON.stringify(data));
    const dry = await runAtlas(["import", file, "--dry-run", "--db", url]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Dry run, nothing written: would add 0, would change 1, would remove 0/);
    expect(dry.stdout).toContain(`~ agreements ${data.agreements[0].id}`);
    const before = JSON.parse((await runAtlas(["profile", "cn", "--json", "--db", url])).stdout);
    expect(before.agreements.some((a: { title: string }) => a.title === "A changed title")).toBe(false);

    const real = await runAtlas(["import", file, "--mode", "merge", "--db", url]);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/^added 0, changed 1, removed 0/);
    const after = JSON.parse((await runAtlas(["profile", "cn", "--json", "--db", url])).stdout);
    expect(after.agreements.some((a: { title: string }) => a.title === "A changed title")).toBe(true);
  });

  it("lists what replace would remove", async () => {
    const url = await freshStore("replace");
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    const removed = data.claims.pop();
    const file = join(dir, "fewer.json");
    await writeFile(file, JSON.stringify(data));
    const r = await runAtlas(["import", file, "--mode", "replace", "--dry-run", "--db", url]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`- claims ${removed.id}`);
  });

  it("refuses an invalid dataset with its problems and exits 1", async () => {
    const r = await runAtlas(["import", join(dir, "broken.json"), "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^atlas: /);
    expect(r.stderr).toMatch(/2001-02-30 is not a real calendar date/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a bad --mode, a missing file and an unreadable file", async () => {
    const mode = await runAtlas(["import", join(dir, "export-ok.json"), "--mode", "upsert", "--db", db]);
    expect(mode.code).toBe(2);
    expectOneClearLine(mode.stderr, "--mode must be merge or replace");
    const none = await runAtlas(["import", "--db", db]);
    expect(none.code).toBe(2);
    expectOneClearLine(none.stderr, "name the dataset file");
    const missing = await runAtlas(["import", join(dir, "nope.json"), "--db", db]);
    expect(missing.code).toBe(2);
    expectOneClearLine(missing.stderr, "cannot read");
    const directory = await runAtlas(["import", dir, "--db", db]);
    expect(directory.code).toBe(2);
    expectOneClearLine(directory.stderr, "it is a directory");
  });
});

describe("atlas export", () => {
  it("writes the dataset as JSON to stdout, the same as to a file", async () => {
    const r = await runAtlas(["export", "--db", db]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
    expect(r.stdout).toBe(await readFile(join(dir, "export-ok.json"), "utf8"));
  });

  it("writes one CSV file per collection into a directory", async () => {
    const out = join(dir, "csv");
    const r = await runAtlas(["export", "--format", "csv", "--out", out, "--db", db]);
    expect(r.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toContain("agreements.csv");
    expect(files).toHaveLength(12);
  });

  it("writes a single collection as CSV with --collection", async () => {
    const r = await runAtlas(["export", "--format", "csv", "--collection", "agreements", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/\bid\b/);
    expect(r.stdout).toContain("cn-2001-mou");
  });

  it("rejects a bad format, an unknown collection and csv without a destination", async () => {
    const f = await runAtlas(["export", "--format", "xml", "--db", db]);
    expect(f.code).toBe(2);
    expectOneClearLine(f.stderr, "--format must be json or csv");
    const c = await runAtlas(["export", "--format", "csv", "--collection", "widgets", "--db", db]);
    expect(c.code).toBe(2);
    expectOneClearLine(c.stderr, 'unknown collection "widgets"');
    const d = await runAtlas(["export", "--format", "csv", "--db", db]);
    expect(d.code).toBe(2);
    expectOneClearLine(d.stderr, "give --out <directory>");
  });
});
