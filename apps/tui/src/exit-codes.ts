// The exit codes of every `atlas` command, documented in `atlas --help`.
export const EXIT = {
  /** Done; for `claims`, every claim holds. */
  ok: 0,
  /** Validation problems found (validate, import), or a claim has drifted (claims). */
  problems: 1,
  /** Bad usage: unknown command or flag, impossible date, unknown partner, unreadable file. */
  usage: 2,
  /** The store could not be opened or reached, or a write gave up waiting for another writer. */
  store: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called; reported as one line with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The first line of a message (a message is never shown with its stack or details). */
export function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return end === -1 ? text : text.slice(0, end);
}
