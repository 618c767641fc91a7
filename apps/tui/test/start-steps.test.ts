// The set-up steps of `npm start` / `npm test` (scripts/steps.mjs): one short line per step, the
// tools' output kept in a log file that is printed only when a step fails.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSteps, StepFailed } from "../../../scripts/steps.mjs";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-steps-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function capture(isTTY: boolean) {
  const out = {
    text: "",
    isTTY,
    write(t: string) {
      out.text += t;
      return true;
    },
  };
  return out;
}

/** A stand-in for a noisy tool (node-gyp prints ~100 lines): 150 lines, then the given exit code. */
const noisy = (code: number) => ["-e", `for (let i = 1; i <= 150; i++) console.log("gyp info line " + i); process.exit(${code})`];

describe("npm start's set-up steps", () => {
  it("a step that succeeds prints what it does and how long it usually takes, not the tool's output", async () => {
    const out = capture(false);
    const logFile = join(dir, "logs", "start.log");
    const step = createSteps({ logFile, cwd: dir, out });
    await step("installing dependencies", "about a minute the first time", process.execPath, noisy(0));
    const lines = out.text.trimEnd().split("\n");
    expect(lines).toEqual(["▸ installing dependencies (about a minute the first time)", expect.stringMatching(/^ {2}done in \d+\.\d s$/)]);
    expect(out.text).not.toContain("gyp info");
    const log = await readFile(logFile, "utf8");
    expect(log).toContain("=== installing dependencies:");
    expect(log).toContain("gyp info line 150");
  });

  it("on a terminal the step is one line, rewritten when it is done", async () => {
    const out = capture(true);
    const step = createSteps({ logFile: join(dir, "tty.log"), cwd: dir, out });
    await step("building", "usually 30–60 s", process.execPath, noisy(0));
    expect(out.text.split("\n").filter(Boolean)).toHaveLength(1);
    expect(out.text.endsWith("\n")).toBe(true);
    expect(out.text.slice(out.text.lastIndexOf("\r"))).toMatch(/^\r\S*▸ building: done in \d+\.\d s\n$/);
  });

  it("a step that fails prints its output and where the full log is, and rejects with the exit status", async () => {
    const out = capture(false);
    const logFile = join(dir, "logs", "failing.log");
    const step = createSteps({ logFile, cwd: dir, out });
    await step("first step", "a moment", process.execPath, ["-e", "console.log('earlier step output')"]);
    const failed = await step("compiling better-sqlite3", "about a minute", process.execPath, noisy(3)).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(StepFailed);
    expect((failed as StepFailed).status).toBe(3);
    expect(out.text).toContain("✖ compiling better-sqlite3 failed (exit 3)");
    expect(out.text).toContain("gyp info line 1\n");
    expect(out.text).toContain("gyp info line 150\n");
    // Only the failed step's output is shown; the earlier one stays in the file.
    expect(out.text).not.toContain("earlier step output");
    expect(out.text).toContain(`the full log is in ${join("logs", "failing.log")}`);
    expect(await readFile(logFile, "utf8")).toContain("earlier step output");
  });

  it("a command that cannot be started fails the step with a message in the log", async () => {
    const out = capture(false);
    const step = createSteps({ logFile: join(dir, "missing.log"), cwd: dir, out });
    const failed = await step("running a missing tool", "a moment", join(dir, "no-such-tool"), []).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(StepFailed);
    expect(out.text).toMatch(/ENOENT/);
  });
});
