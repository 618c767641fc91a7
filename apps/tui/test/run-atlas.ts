// Runs the built `atlas` binary as a child process, the way scripts and curators run it.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ATLAS_BIN = fileURLToPath(new URL("../bin/atlas.js", import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runAtlas(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [ATLAS_BIN, ...args],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", ATLAS_TODAY: "2026-11-30", ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
