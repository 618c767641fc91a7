// Crash safety: SIGKILL a process in the middle of a large import, 20 times; the store survives whole.
import { spawn } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { canonicalDatasetText, openStore } from "../src/index.js";
import { tempDir } from "./support/engines.js";
import { sampleDatasetInput as fixtureInput } from "@partnership-atlas/core/sample";
import { validateDataset } from "@partnership-atlas/core";
import { syntheticDataset } from "@partnership-atlas/core/synthetic";

const here = path.dirname(fileURLToPath(import.meta.url));
const child = path.join(here, "support", "import-child.ts");
const tsx = createRequire(import.meta.url).resolve("tsx");

/** Runs the child and SIGKILLs it when it prints its `killAt`-th line; resolves with the lines seen. */
function importAndKill(url: string, file: string, killAt: number): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--import", tsx, "--conditions=@partnership-atlas/source", child, url, file], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    let stderr = "";
    let killed = false;
    proc.stderr.on("data", (d) => {
      stderr += String(d);
    });
    createInterface({ input: proc.stdout }).on("line", (line) => {
      lines.push(line);
      if (lines.length === killAt + 1 && !killed) killed = proc.kill("SIGKILL");
    });
    proc.on("error", reject);
    proc.on("exit", (code, signal) => {
      if (signal === "SIGKILL" || code === 0) resolve({ lines, killed });
      else reject(new Error(`the import child failed (${code}): ${stderr}`));
    });
  });
}

test("a SQLite store killed mid-import, 20 times, opens intact and equals the before or the after state", async () => {
  const dir = tempDir();
  const template = path.join(dir, "crash-template.db");
  const before = syntheticDataset(fixtureInput(), { copies: 10 });
  // Parsed, so its key order is the one the store exports.
  const parsed = validateDataset(syntheticDataset(fixtureInput(), { copies: 150, variant: " (revised)" }));
  if (!parsed.ok) throw new Error("the synthetic dataset is invalid");
  const after = parsed.dataset;
  const file = path.join(dir, "crash-after.json");
  writeFileSync(file, `${JSON.stringify(after)}\n`);
  const store = await openStore(`sqlite:${template}`, { seed: false });
  await store.importDataset(before, { mode: "replace" });
  const beforeText = await store.exportDataset();
  await store.close();
  const afterText = canonicalDatasetText(after);
  expect(afterText).not.toBe(beforeText);

  // First a full run, to learn how many lines the child prints: started, validated, writing…, committing, done.
  const probe = path.join(dir, "crash-probe.db");
  copyFileSync(template, probe);
  const full = await importAndKill(`sqlite:${probe}`, file, -1);
  expect(full.lines[0]).toBe("started");
  expect(full.lines.at(-1)).toBe("done");
  const points = full.lines.length;
  expect(points).toBeGreaterThan(10);

  const outcomes: ("before" | "after")[] = [];
  const once = async (i: number) => {
    // Spread the kill points over every line the child prints, from "started" to "done".
    const killAt = Math.round((i * (points - 1)) / 19);
    const db = path.join(dir, `crash-${i}.db`);
    copyFileSync(template, db);
    const run = await importAndKill(`sqlite:${db}`, file, killAt);
    expect(run.killed).toBe(true);
    const reopened = await openStore(`sqlite:${db}`, { seed: false });
    try {
      expect(await reopened.integrityCheck()).toEqual([]);
      const text = await reopened.exportDataset();
      const outcome = text === beforeText ? "before" : text === afterText ? "after" : "neither";
      expect(outcome, `kill after line ${killAt} (${run.lines.at(-1)}) left a state that is neither before nor after`).not.toBe("neither");
      outcomes[i] = outcome as "before" | "after";
      expect(await reopened.revision()).toBe(outcome === "before" ? 1 : 2);
    } finally {
      await reopened.close();
    }
  };
  // Two at a time, on separate files: the runs are independent.
  for (let i = 0; i < 20; i += 2) await Promise.all([once(i), once(i + 1)]);
  expect(outcomes.filter(Boolean)).toHaveLength(20);
  // Killed at "started" the import cannot have happened; killed after "done" it must have.
  expect(outcomes[0]).toBe("before");
  expect(outcomes[19]).toBe("after");
}, 180_000);
