// The non-interactive commands, run as a child process on a temp store, including each bad argument.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIsoDate, ratificationSummary } from "@partnership-atlas/core";
import { openStore } from "@partnership-atlas/store";
import { main } from "../src/cli.js";
import { formatCount } from "../src/format.js";
import { ATLAS_BIN, runAtlas } from "./run-atlas.js";

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
    expect(r.stdout).toContain("ATLAS_MAX_INPUT (input limit, default 64M)");
    expect(r.stdout).toContain("ATLAS_LOCK_TIMEOUT (seconds a write waits for another writer, default 30)");
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

  it("gives China's figures on 2026-11-29 in JSON: 28 / 7 / 2 / 19, lower bounds after its coverage's day", async () => {
    // The records of China are complete as of 2022-08-13, the fundamental table as of 2026-06-04.
    const r = await runAtlas(["profile", "cn", "--as-of", "2026-11-29", "--json", "--db", db]);
    expect(r.code).toBe(0);
    const h = JSON.parse(r.stdout).headline;
    expect([h.ratified, h.fundamental, h.governance, h.technical].map((c: { low: number }) => c.low)).toEqual([28, 7, 2, 19]);
    for (const c of [h.ratified, h.fundamental, h.governance, h.technical]) {
      expect(c).toMatchObject({ high: null, certainty: "at-least", reasons: [{ kind: "after-coverage" }] });
    }
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

  it("rejects an unknown partner in one line that says what an id looks like", async () => {
    const r = await runAtlas(["profile", "xx", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, 'unknown partner "xx": give a member State\'s alpha-2 code (fr, jp, tv)');
  });

  it("points an alpha-3 code at the State's id in one line", async () => {
    const r = await runAtlas(["profile", "jpn", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, 'unknown partner "jpn": Japan is jp (atlas profile jp)');
  });

  it("gives Japan's fundamental Conventions with their certainty: 6 on 2021-12-31, 6–7 on 2022-06-01, 8 on 2023-12-31", async () => {
    const fundamental = async (asOf: string) => {
      const r = await runAtlas(["profile", "jp", "--as-of", asOf, "--json", "--db", db]);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).headline.fundamental as { low: number; high: number | null; certainty: string; reasons: { kind: string; instrument?: string }[] };
    };
    const before = await fundamental("2021-12-31");
    expect([before.low, before.high, before.certainty]).toEqual([6, 6, "exact"]);
    const open = await fundamental("2022-06-01");
    expect([open.low, open.high, open.certainty]).toEqual([6, 7, "range"]);
    expect(open.reasons).toEqual([expect.objectContaining({ kind: "date-open", instrument: "C105" })]);
    const after = await fundamental("2023-12-31");
    expect([after.low, after.high, after.certainty]).toEqual([8, 8, "exact"]);
  });

  it("prints a State without curated records with its certainty, why, and dates at their precision", async () => {
    const r = await runAtlas(["profile", "jp", "--as-of", "2022-06-01", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Japan (jp) — as of 2022-06-01");
    expect(r.stdout).toContain("member since 26 Nov 1951");
    expect(r.stdout).toContain("No curated partnership records");
    expect(r.stdout).toMatch(/fundamental 6–7, governance at least 1/);
    expect(r.stdout).toMatch(/why [^\n]*fundamental: C105 registered 2022-01-01…2022-12-31 \(known as 2022\)/);
    expect(r.stdout).toMatch(/^ {2}C105 {5}2022 {8} fundamental may be registered by then/m);
    expect(r.stdout).not.toContain("Agreements:");
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

describe("atlas profile for every member State", () => {
  // A child process per State costs ~0.3-0.6 s here (see the bench): 187 of them would take
  // minutes. The same command runs in this one process through main(), output captured.
  it("answers atlas profile <id> --json for each of the 187 States (and the plain profile), its fundamental count equal to core's derivation", async () => {
    const store = await openStore(db);
    const dataset = await store.loadDataset().finally(() => store.close());
    expect(dataset.memberStates).toHaveLength(187);
    const env = { ATLAS_TODAY: "2026-11-30", NO_COLOR: "1" };
    for (const asOf of ["2026-06-04", "2022-06-01"]) {
      const day = parseIsoDate(asOf);
      if (!day.ok) throw new Error(day.message);
      for (const state of dataset.memberStates) {
        let out = "";
        let err = "";
        const code = await main(["profile", state.code.toLowerCase(), "--as-of", asOf, "--json", "--db", db], {
          out: (t) => {
            out += t;
          },
          err: (t) => {
            err += t;
          },
          env,
        });
        expect([state.code, code, err]).toEqual([state.code, 0, ""]);
        const p = JSON.parse(out);
        expect(p.memberState.code).toBe(state.code);
        const derived = ratificationSummary(dataset, state.code, day.date).byCategory.fundamental;
        expect([state.code, p.headline.fundamental]).toEqual([state.code, derived]);
      }
    }
    // Plain text too, once per State: its name, code and fundamental count as core prints it.
    for (const state of dataset.memberStates) {
      let out = "";
      const id = state.code.toLowerCase();
      const code = await main(["profile", id, "--as-of", "2026-06-04", "--db", db], { out: (t) => (out += t), err: () => undefined, env });
      expect([state.code, code]).toEqual([state.code, 0]);
      expect(out.startsWith(`${state.name} (${id}) — as of 2026-06-04\n`)).toBe(true);
      const day = parseIsoDate("2026-06-04");
      if (!day.ok) throw new Error(day.message);
      expect(out).toContain(`fundamental ${formatCount(ratificationSummary(dataset, state.code, day.date).byCategory.fundamental)},`);
    }
  }, 120_000);
});

describe("atlas claims", () => {
  it("reports drifted claims today and exits 1, and undecided ones with what the records show and why", async () => {
    const r = await runAtlas(["claims", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/DRIFTED +cn +"/);
    expect(r.stdout).toMatch(/^Claims as of 2026-11-30: \d+ hold, [1-9]\d* drifted, \d+ wrong, [1-9]\d* undecided \(the records allow/m);
    expect(r.stdout).toMatch(/undecided +cn +""two prioritized Governance Conventions""/);
    expect(r.stdout).toContain(
      "The source states 2; the records show at least 2 as of 2026-11-30, which allows it but does not decide it (CN's governance Conventions complete only as of 2022-08-13).",
    );
  });

  it("exits 0 when no claim has drifted, even with undecided ones", async () => {
    const url = await freshStore("undecided-only");
    const out = join(dir, "undecided-only.json");
    const data = JSON.parse((await runAtlas(["export", "--db", url])).stdout);
    const today = JSON.parse((await runAtlas(["claims", "--json", "--db", url])).stdout) as { id: string; status: string }[];
    const off = new Set(today.filter((c) => c.status === "drifted" || c.status === "wrong").map((c) => c.id));
    expect(off.size).toBeGreaterThan(0);
    data.claims = data.claims.filter((c: { id: string }) => !off.has(c.id));
    await writeFile(out, JSON.stringify(data));
    expect((await runAtlas(["import", "--note", "test import", out, "--mode", "replace", "--db", url])).code).toBe(0);
    const r = await runAtlas(["claims", "--db", url]);
    expect(r.stdout).toMatch(/0 drifted, 0 wrong, [1-9]\d* undecided/);
    expect(r.code).toBe(0);
  });

  it("lists every partner's claims under its name with their outcomes", async () => {
    const r = await runAtlas(["claims", "--as-of", "2026-11-30", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Claims as of 2026-11-30: \d+ hold, \d+ drifted, \d+ wrong, \d+ undecided \(the records allow the stated value but do not decide it\), 1 inconsistent, \d+ cannot be computed$/m);
    for (const name of ["Brazil (br)", "China (cn)", "Republic of Korea (kr)"]) expect(r.stdout).toContain(`\n${name}\n`);
    expect(r.stdout).toMatch(/undecided +br +""87 Technical Conventions""\n +The source states 87; the records show at least 15 as of 2026-11-30, which allows it but does not decide it \([^)\n]*BR's technical Conventions[^)\n]*\)\./);
    expect(r.stdout).toMatch(/DRIFTED +kr +""including, four Fundamental Conventions""\n +The source states 4, possible on 2019-01-01 \(4\); the records give at least 9 as of 2026-11-30; it last held on 2021-04-19\./);
    expect(r.stdout).toMatch(/INCONS\. +kr +"chart caption[^\n]*\n +The source states USD 63,100,000 for 2018–2022 as a total, but the parts it gives \([^)]*\) add up to 63,000,000, a difference of 100,000\./);
  });

  it("exits 0 on a day when nothing has drifted or is wrong, whatever cannot be decided", async () => {
    const r = await runAtlas(["claims", "--json", "--as-of", "2021-04-19", "--db", db]);
    const checks = JSON.parse(r.stdout) as { id: string; status: string }[];
    const off = checks.filter((c) => c.status === "drifted" || c.status === "wrong");
    expect(r.code).toBe(off.length > 0 ? 1 : 0);
    expect(checks.find((c) => c.id === "kr-page-2019-fundamental")?.status).toBe("holds");
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

/** Removes China's last claim from an exported dataset (no other claim names it) and returns it. */
function removeLastChinaClaim(data: { claims: { id: string; partner: string }[] }): { id: string } {
  const i = data.claims.map((c) => c.partner).lastIndexOf("cn");
  return data.claims.splice(i, 1)[0]!;
}

describe("atlas import", () => {
  it("prints what a dry run would change and writes nothing; then imports", async () => {
    const url = await freshStore("import");
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    const changed = data.agreements.find((a: { partner: string }) => a.partner === "cn");
    changed.title = "A changed title";
    const file = join(dir, "changed.json");
    await writeFile(file, JSON.stringify(data));
    const dry = await runAtlas(["import", file, "--dry-run", "--verbose", "--db", url]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Dry run, nothing written: would add 0, would change 1, would remove 0/);
    expect(dry.stdout).toContain(`~ agreements ${changed.id}`);
    const before = JSON.parse((await runAtlas(["profile", "cn", "--json", "--db", url])).stdout);
    expect(before.agreements.some((a: { title: string }) => a.title === "A changed title")).toBe(false);

    // Changing a stored record is a correction: the dry run says a note will be needed, the import refuses without one.
    expect(dry.stdout).toContain("the real import needs --note <why>");
    const unexplained = await runAtlas(["import", file, "--mode", "merge", "--db", url]);
    expect(unexplained.code).not.toBe(0);
    expect(unexplained.stderr).toMatch(/note: a correction \(changing or deleting a record\) needs a note saying why; add one with --note/);
    expect(unexplained.stderr).not.toMatch(/\n\s+at /);
    const still = JSON.parse((await runAtlas(["profile", "cn", "--json", "--db", url])).stdout);
    expect(still.agreements.some((a: { title: string }) => a.title === "A changed title")).toBe(false);

    const real = await runAtlas(["import", file, "--mode", "merge", "--note", "title corrected", "--db", url]);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/^added 0, changed 1, removed 0/);
    const history = await runAtlas(["history", "agreements", changed.id, "--db", url]);
    expect(history.stdout).toContain("title corrected");
    const after = JSON.parse((await runAtlas(["profile", "cn", "--json", "--db", url])).stdout);
    expect(after.agreements.some((a: { title: string }) => a.title === "A changed title")).toBe(true);
  });

  it("lists what replace would remove", async () => {
    const url = await freshStore("replace");
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    // China's last claim: no other claim names it as a part.
    const removed = removeLastChinaClaim(data);
    const file = join(dir, "fewer.json");
    await writeFile(file, JSON.stringify(data));
    const r = await runAtlas(["import", file, "--mode", "replace", "--dry-run", "--verbose", "--db", url]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`- claims ${removed.id}`);
  });

  it("refuses an invalid dataset with its problems and exits 1", async () => {
    const r = await runAtlas(["import", "--note", "test import", join(dir, "broken.json"), "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^atlas: /);
    expect(r.stderr).toMatch(/2001-02-30 is not a real calendar date/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a bad --mode, a missing file and an unreadable file", async () => {
    const mode = await runAtlas(["import", "--note", "test import", join(dir, "export-ok.json"), "--mode", "upsert", "--db", db]);
    expect(mode.code).toBe(2);
    expectOneClearLine(mode.stderr, "--mode must be merge or replace");
    const none = await runAtlas(["import", "--note", "test import", "--db", db]);
    expect(none.code).toBe(2);
    expectOneClearLine(none.stderr, "name the dataset file");
    const missing = await runAtlas(["import", "--note", "test import", join(dir, "nope.json"), "--db", db]);
    expect(missing.code).toBe(2);
    expectOneClearLine(missing.stderr, "cannot read");
    const directory = await runAtlas(["import", "--note", "test import", dir, "--db", db]);
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
    expectOneClearLine(f.stderr, "--format must be json, csv or iati");
    const c = await runAtlas(["export", "--format", "csv", "--collection", "widgets", "--db", db]);
    expect(c.code).toBe(2);
    expectOneClearLine(c.stderr, 'unknown collection "widgets"');
    const d = await runAtlas(["export", "--format", "csv", "--db", db]);
    expect(d.code).toBe(2);
    expectOneClearLine(d.stderr, "give --out <directory>");
  });
});

describe("atlas import and validate read a file the same way", () => {
  it("a wrong type in a merge file gets the true message, the same from import (both modes) and validate", async () => {
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    data.agreements[0].signedOn = 20010101;
    const full = join(dir, "wrong-type-full.json");
    const partial = join(dir, "wrong-type-merge.json");
    await writeFile(full, JSON.stringify(data));
    await writeFile(partial, JSON.stringify({ schemaVersion: data.schemaVersion, agreements: [data.agreements[0]] }));
    const problemLine = (text: string) => text.split("\n").find((l) => l.startsWith("✖ agreements[0].signedOn"));
    const merge = await runAtlas(["import", "--note", "test import", partial, "--mode", "merge", "--db", db]);
    const replace = await runAtlas(["import", full, "--mode", "replace", "--dry-run", "--db", db]);
    const validated = await runAtlas(["validate", full]);
    expect([merge.code, replace.code, validated.code]).toEqual([1, 1, 1]);
    expect(problemLine(merge.stderr)).toBeDefined();
    expect(problemLine(merge.stderr)).not.toMatch(/missing/);
    expect(problemLine(merge.stderr)).toBe(problemLine(replace.stderr));
    expect(problemLine(merge.stderr)).toBe(problemLine(validated.stdout));
  });

  it("a file starting with a UTF-8 byte-order mark is accepted by validate and import alike", async () => {
    const text = await readFile(join(dir, "export-ok.json"), "utf8");
    const file = join(dir, "bom.json");
    await writeFile(file, `\uFEFF${text}`);
    const v = await runAtlas(["validate", file]);
    expect(v.stdout).toContain("no problems");
    expect(v.code).toBe(0);
    const i = await runAtlas(["import", file, "--dry-run", "--db", db]);
    expect(i.stderr).toBe("");
    expect(i.code).toBe(0);
  });

  it("validate and import report a syntax error after a byte-order mark at the same line and column", async () => {
    const file = join(dir, "bom-broken.json");
    await writeFile(file, '\uFEFF{\n  "schemaVersion": nope\n}');
    const v = await runAtlas(["validate", file]);
    const i = await runAtlas(["import", "--note", "test import", file, "--db", db]);
    expect([v.code, i.code]).toEqual([1, 1]);
    expect(v.stdout).toContain("at line 2, column 20");
    expect(i.stderr).toContain("at line 2, column 20");
    const message = (line: string) => line.replace(/^(✖ \(root\)|atlas):\s*/, "");
    expect(message(v.stdout.split("\n")[0]!)).toBe(message(i.stderr.split("\n")[0]!));
  });
});

describe("atlas import and validate cap their input", () => {
  it("stops reading /dev/zero at the default limit and says what the limit is", async () => {
    const r = await runAtlas(["import", "--note", "test import", "/dev/zero", "--db", db]);
    expect(r.code).toBe(1);
    expectOneClearLine(r.stderr, "larger than the input limit of 64 MiB");
    expect(r.stderr).toContain("--max-input");
  });

  it("honours --max-input and ATLAS_MAX_INPUT, for validate too", async () => {
    const file = join(dir, "export-ok.json");
    const flag = await runAtlas(["import", file, "--max-input", "1k", "--dry-run", "--db", db]);
    expect(flag.code).toBe(1);
    expectOneClearLine(flag.stderr, "input limit of 1 KiB");
    const env = await runAtlas(["validate", file], { ATLAS_MAX_INPUT: "2k" });
    expect(env.code).toBe(1);
    expect(env.stdout).toContain("input limit of 2 KiB");
    const raised = await runAtlas(["validate", file, "--max-input", "64M"], { ATLAS_MAX_INPUT: "1k" });
    expect(raised.code).toBe(0);
  });

  it("rejects a limit that is not a size in one line", async () => {
    const r = await runAtlas(["import", "--note", "test import", "/dev/zero", "--max-input", "lots", "--db", db]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, '--max-input must be a size such as 64M');
  });
});

describe("atlas validate of a whole file", () => {
  it("gives the same message as import --mode replace for a file that is not a dataset", async () => {
    const file = join(dir, "a-list.json");
    await writeFile(file, "[1, 2]");
    const v = await runAtlas(["validate", file]);
    const i = await runAtlas(["import", "--note", "test import", file, "--mode", "replace", "--db", db]);
    expect([v.code, i.code]).toEqual([1, 1]);
    expect(v.stdout.split("\n")[0]).toBe(`✖ (root): ${i.stderr.trimEnd().replace(/^atlas: /, "")}`);
    expect(v.stdout).toContain("found a list");
  });
});

describe("atlas validate of a merge file", () => {
  it("judges a partial file as import --mode merge does, instead of calling every absent list missing", async () => {
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    const agreement = { ...data.agreements[0], title: "A merged title" };
    const file = join(dir, "partial-ok.json");
    await writeFile(file, JSON.stringify({ schemaVersion: data.schemaVersion, agreements: [agreement] }));
    const v = await runAtlas(["validate", file, "--db", db]);
    expect(v.stdout).not.toMatch(/is missing/);
    expect(v.stdout).toMatch(/no problems, checked as import --mode merge/);
    expect(v.code).toBe(0);
    expect((await runAtlas(["import", file, "--dry-run", "--db", db])).code).toBe(0);
  });

  it("reports what import --mode merge would refuse, problem for problem", async () => {
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    const agreement = { ...data.agreements[0], partner: "nowhere" };
    const file = join(dir, "partial-bad.json");
    await writeFile(file, JSON.stringify({ schemaVersion: data.schemaVersion, agreements: [agreement] }));
    const v = await runAtlas(["validate", file, "--mode", "merge", "--db", db]);
    const i = await runAtlas(["import", file, "--dry-run", "--db", db]);
    expect([v.code, i.code]).toEqual([1, 1]);
    const problems = (text: string) => text.split("\n").filter((l) => l.startsWith("✖ "));
    expect(problems(v.stdout).length).toBeGreaterThan(0);
    expect(problems(v.stdout)).toEqual(problems(i.stderr));
  });

  it("with --mode replace still reports the absent lists", async () => {
    const v = await runAtlas(["validate", join(dir, "partial-ok.json"), "--mode", "replace"]);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/the list "themes" is missing/);
  });
});

describe("atlas import prints a summary", () => {
  it("per collection by default, and each record only with --verbose", async () => {
    const url = await freshStore("summary");
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    for (const a of data.agreements) a.title = `${a.title} (revised)`;
    removeLastChinaClaim(data);
    const file = join(dir, "many-changes.json");
    await writeFile(file, JSON.stringify(data));
    const brief = await runAtlas(["import", file, "--mode", "replace", "--dry-run", "--db", url]);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toMatch(new RegExp(`^  agreements +would change ${data.agreements.length}$`, "m"));
    expect(brief.stdout).toMatch(/^ {2}claims +would remove 1$/m);
    expect(brief.stdout).not.toMatch(/^ {2}[~+-] /m);
    expect(brief.stdout.split("\n").length).toBeLessThan(15);
    const full = await runAtlas(["import", file, "--mode", "replace", "--dry-run", "--verbose", "--db", url]);
    expect(full.stdout).toContain(`~ agreements ${data.agreements[1].id}`);
    expect(full.stdout.split("\n").filter((l) => l.startsWith("  ~ agreements "))).toHaveLength(data.agreements.length);
  });
});

/** Runs atlas with its stdout a pipe that this side closes after the first chunk (or at once). */
function runWithClosedStdout(args: string[], closeAtOnce: boolean): Promise<{ code: number | null; stderr: string; got: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ATLAS_BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", ATLAS_TODAY: "2026-11-30" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let got = 0;
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    if (closeAtOnce) child.stdout.destroy();
    else
      child.stdout.once("data", (d: Buffer) => {
        got = d.length;
        child.stdout.destroy();
      });
    child.on("close", (code) => resolve({ code, stderr, got }));
  });
}

describe("atlas with its output closed early", () => {
  it("export | head -c1 ends quietly with exit 0", async () => {
    const r = await runWithClosedStdout(["export", "--db", db], false);
    expect(r.got).toBeGreaterThan(0);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("an import whose output is closed still imports, exits 0 and prints no stack", async () => {
    const url = await freshStore("closed-pipe");
    const data = JSON.parse(await readFile(join(dir, "export-ok.json"), "utf8"));
    data.agreements[0].title = "Imported with nobody reading";
    const file = join(dir, "closed-pipe.json");
    await writeFile(file, JSON.stringify(data));
    const r = await runWithClosedStdout(["import", "--note", "test import", file, "--db", url], true);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const after = JSON.parse((await runAtlas(["export", "--db", url])).stdout);
    expect(after.agreements.some((a: { title: string }) => a.title === "Imported with nobody reading")).toBe(true);
  });
});

/** Another process holding the SQLite write lock (BEGIN IMMEDIATE) until its stdin closes. */
function holdSqliteLock(file: string): Promise<() => Promise<void>> {
  const sqlite = createRequire(import.meta.url).resolve("better-sqlite3");
  const script = `const db = new (require(${JSON.stringify(sqlite)}))(process.argv[1]); db.exec("begin immediate"); process.stdout.write("holding\\n"); process.stdin.on("end", () => { db.exec("rollback"); db.close(); }); process.stdin.resume();`;
  const child = spawn(process.execPath, ["-e", script, file], { stdio: ["pipe", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`lock holder exited ${code}`)));
    createInterface({ input: child.stdout }).once("line", () =>
      resolve(
        () =>
          new Promise<void>((done) => {
            child.removeAllListeners("exit");
            child.on("exit", () => done());
            child.stdin.end();
          }),
      ),
    );
  });
}

describe("atlas while another process writes", () => {
  it("export, profile, claims and search do not wait for the write lock; import gives up saying how long it waited", async () => {
    const url = await freshStore("locked");
    const release = await holdSqliteLock(url.slice("sqlite:".length));
    try {
      // A one-second wait: a reader that took the lock would fail with exit 3, not hang.
      const env = { ATLAS_LOCK_TIMEOUT: "1" };
      const exported = await runAtlas(["export", "--db", url], env);
      expect(exported.stderr).toBe("");
      expect(exported.code).toBe(0);
      expect((await runAtlas(["profile", "cn", "--json", "--db", url], env)).code).toBe(0);
      expect((await runAtlas(["search", "china", "--db", url], env)).code).toBe(0);
      const claims = await runAtlas(["claims", "--db", url], env);
      expect(claims.stderr).toBe("");
      expect(claims.stdout).toMatch(/DRIFTED/);

      const file = join(dir, "locked-import.json");
      const data = JSON.parse(exported.stdout);
      data.agreements[0].title = "Written while locked";
      await writeFile(file, JSON.stringify(data));
      const blocked = await runAtlas(["import", "--note", "test import", file, "--db", url], env);
      expect(blocked.code).toBe(3);
      expectOneClearLine(blocked.stderr, "is busy: another writer holds the write lock");
      expect(blocked.stderr).toMatch(/gave up after waiting 1\.\d s and wrote nothing/);
      expect(blocked.stderr).toContain("ATLAS_LOCK_TIMEOUT=<seconds>");
    } finally {
      await release();
    }
  });

  it("rejects an ATLAS_LOCK_TIMEOUT that is not a number of seconds", async () => {
    const r = await runAtlas(["export", "--db", db], { ATLAS_LOCK_TIMEOUT: "soon" });
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, "ATLAS_LOCK_TIMEOUT must be a number of seconds");
  });
});
