// While one writer holds the write lock: readers open and read without waiting; a second writer
// gives up after its timeout saying who holds the lock and how long it waited. Both engines.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { sampleDatasetInput } from "@partnership-atlas/core/sample";
import { describe, expect, test } from "vitest";
import { openStore, type StoreError } from "../src/index.js";
import { ENGINES } from "./support/engines.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve("tsx");

function holdLock(url: string, name: string): Promise<{ proc: ChildProcessWithoutNullStreams; release: () => Promise<void> }> {
  const proc = spawn(process.execPath, ["--import", tsx, "--conditions=@partnership-atlas/source", path.join(here, "support", "lock-holder-child.ts"), url, name], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  proc.stderr.on("data", (d) => {
    stderr += String(d);
  });
  const lines = createInterface({ input: proc.stdout });
  return new Promise((resolve, reject) => {
    proc.on("exit", (code) => reject(new Error(`lock holder exited ${code}: ${stderr}`)));
    lines.once("line", (line) => {
      if (line !== "holding") reject(new Error(`lock holder said ${line}`));
      const release = () =>
        new Promise<void>((done) => {
          proc.removeAllListeners("exit");
          proc.on("exit", () => done());
          proc.stdin.end();
        });
      resolve({ proc, release });
    });
  });
}

describe.each(ENGINES)("$engine: the write lock", ({ engine, freshUrl }) => {
  test("readers open and read while another process holds it; a blocked writer says who, how long, and what to do", async () => {
    const url = await freshUrl();
    const setup = await openStore(url, { seed: false });
    await setup.importDataset(sampleDatasetInput(), { mode: "replace" });
    await setup.close();

    const holder = await holdLock(url, "lock-holder test");
    try {
      // A short timeout: a reader that waited for the lock would fail, not hang.
      const store = await openStore(url, { seed: false, lockTimeoutMs: 300, clientName: "second writer" });
      try {
        expect(JSON.parse(await store.exportDataset()).schemaVersion).toBe(1);
        expect((await store.listPartners()).length).toBeGreaterThan(0);
        expect((await store.search("china")).length).toBeGreaterThan(0);
        const dry = await store.importDataset(sampleDatasetInput(), { mode: "merge", dryRun: true, note: "test correction" });
        expect(dry.unchanged).toBeGreaterThan(0);

        const theme = await store.getRecord("themes", "maritime-labour");
        const attempt = store.update("themes", "maritime-labour", { id: "maritime-labour", label: "Seafarers" }, { actor: "t", expectedVersion: theme!.version, note: "test correction" });
        const error = (await attempt.catch((e: unknown) => e)) as StoreError & { waitedMs: number; holder: { name: string; pid?: number } | null };
        expect(error.code).toBe("locked");
        expect(error.holder?.name).toContain("lock-holder test");
        if (engine === "sqlite") expect(error.holder?.pid).toBe(holder.proc.pid);
        expect(error.waitedMs).toBeGreaterThanOrEqual(250);
        expect(error.message).toMatch(/lock-holder test.* holds the write lock since \d{4}-\d\d-\d\dT/);
        expect(error.message).toMatch(/gave up after waiting \d+\.\d s and wrote nothing\. Try again when that write has finished/);
        expect((await store.getRecord("themes", "maritime-labour"))!.version).toBe(theme!.version);

        await holder.release();
        await store.update("themes", "maritime-labour", { id: "maritime-labour", label: "Seafarers" }, { actor: "t", expectedVersion: theme!.version, note: "test correction" });
        expect((await store.getRecord("themes", "maritime-labour"))!.record).toMatchObject({ label: "Seafarers" });
      } finally {
        await store.close();
      }
    } finally {
      if (holder.proc.exitCode === null) await holder.release();
    }
  });
});
