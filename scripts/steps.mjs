// Quiet set-up steps for `npm start` and `npm test`: one short line per step (what, how long it
// usually takes, how long it took); the tools' full output goes to a log file shown only on failure.
import { spawn } from "node:child_process";
import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";

export class StepFailed extends Error {
  constructor(label, status) {
    super(`${label} failed (exit ${status})`);
    this.status = status;
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Returns `step(label, usually, cmd, args)`, which runs `cmd` with its output appended to
 * `logFile` (emptied here), prints one line while it runs (updated each second on a terminal)
 * and resolves when it succeeds; on failure it prints that step's output and the log's place,
 * and rejects with a StepFailed carrying the exit status.
 */
export function createSteps({ logFile, cwd, env = process.env, out = process.stdout }) {
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, "");
  const shownLog = relative(cwd, logFile) || logFile;
  return async function step(label, usually, cmd, args) {
    const started = Date.now();
    const head = `▸ ${label} (${usually})`;
    const tty = out.isTTY === true;
    out.write(tty ? head : `${head}\n`);
    appendFileSync(logFile, `=== ${label}: ${cmd} ${args.join(" ")}\n`);
    const from = statSync(logFile).size;
    const fd = openSync(logFile, "a");
    const ticker = tty ? setInterval(() => out.write(`\r${head} ${Math.round((Date.now() - started) / 1000)} s`), 1000) : undefined;
    let status;
    try {
      status = await new Promise((resolve) => {
        const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", fd, fd] });
        child.on("error", (error) => {
          appendFileSync(logFile, `${error.message}\n`);
          resolve(127);
        });
        child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
      });
    } finally {
      clearInterval(ticker);
      closeSync(fd);
    }
    const took = seconds(Date.now() - started);
    if (status === 0) {
      out.write(tty ? `\r\x1b[K▸ ${label}: done in ${took}\n` : `  done in ${took}\n`);
      return;
    }
    const output = readFileSync(logFile).subarray(from).toString("utf8");
    out.write(`${tty ? "\n" : ""}✖ ${label} failed (exit ${status}) after ${took}; its output:\n${output}${output.endsWith("\n") ? "" : "\n"}`);
    out.write(`✖ ${label} failed; the full log is in ${shownLog}\n`);
    throw new StepFailed(label, status);
  };
}
