// Types of steps.mjs, for the test that drives it.
export declare class StepFailed extends Error {
  readonly status: number;
}
export type Step = (label: string, usually: string, cmd: string, args: readonly string[]) => Promise<void>;
export declare function createSteps(options: {
  logFile: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  out?: { write(text: string): unknown; isTTY?: boolean };
}): Step;
