// Two writer processes on one SQLite file: SQLite's lock and the version check decide, not an in-process queue.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { openStore } from "../src/index.js";
import { sqliteCase } from "./support/engines.js";
import { sampleDatasetInput as fixtureInput } from "@partnership-atlas/core/sample";

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve("tsx");

function writer(url: string, actor: string) {
  const proc: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ["--import", tsx, "--conditions=@partnership-atlas/source", path.join(here, "support", "writer-child.ts"), url, actor],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let stderr = "";
  proc.stderr.on("data", (d) => {
    stderr += String(d);
  });
  const waiting: ((line: string) => void)[] = [];
  const queued: string[] = [];
  createInterface({ input: proc.stdout }).on("line", (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else queued.push(line);
  });
  proc.on("exit", (code) => {
    for (const w of waiting.splice(0)) w(`exited ${code}: ${stderr}`);
  });
  return {
    nextLine: () => new Promise<string>((resolve) => (queued.length ? resolve(queued.shift()!) : waiting.push(resolve))),
    send: (line: string) => proc.stdin.write(`${line}\n`),
    end: () => new Promise<void>((resolve) => {
      proc.on("exit", () => resolve());
      proc.stdin.end();
    }),
  };
}

test("two writer processes updating one SQLite record from the same read version, 100 times: exactly one wins each time", async () => {
  const url = await sqliteCase.freshUrl();
  const store = await openStore(url, { seed: false });
  await store.importDataset(fixtureInput(), { mode: "replace" });
  const a = writer(url, "process-a");
  const b = writer(url, "process-b");
  try {
    expect([await a.nextLine(), await b.nextLine()]).toEqual(["ready", "ready"]);
    for (let i = 0; i < 100; i++) {
      const read = (await store.getRecord("themes", "maritime-labour"))!;
      a.send(`${read.version} A${i}`);
      b.send(`${read.version} B${i}`);
      const results = [await a.nextLine(), await b.nextLine()].sort();
      expect(results).toEqual(["conflict", "ok"]);
    }
    expect((await store.getRecord("themes", "maritime-labour"))!.version).toBe(101);
    const history = await store.history("themes", "maritime-labour");
    expect(history.filter((h) => h.action === "update")).toHaveLength(100);
    expect(await store.integrityCheck()).toEqual([]);
  } finally {
    await Promise.all([a.end(), b.end()]);
    await store.close();
  }
});
