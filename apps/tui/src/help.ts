// Help texts for `atlas` and each command. Kept free of imports so `--help` starts instantly.
export interface CommandHelp {
  usage: string;
  summary: string;
  options: [string, string][];
}

export const COMMANDS: Record<string, CommandHelp> = {
  profile: {
    usage: "atlas profile <partner> [--as-of YYYY-MM-DD] [--json]",
    summary:
      "A partner's profile as of a date: any of the 187 member States, or a curated partner. Ratifications by category and status, each count with its certainty (8, 6–7, at least 12) and why, dates at their precision; contributions, agreements, projects, country programmes and claims where curated records exist.",
    options: [
      ["<partner>", "a member State's alpha-2 code (any of the 187, e.g. fr, jp) or a partner id, e.g. cn"],
      ["--as-of YYYY-MM-DD", "compute every figure for this date (default: today)"],
      ["--json", "print the profile as JSON; every count as {low, high, certainty, reasons}, high null for 'at least'"],
    ],
  },
  claims: {
    usage: "atlas claims [--as-of YYYY-MM-DD] [--json]",
    summary:
      "Every partner's prose claims with their outcome: holds, drifted (with the day it last held), wrong, undecided (the stated value lies within what the records allow but they do not decide it; shown with what they show and why), inconsistent with the same page's figures, or cannot be computed. Exit 1 when any has drifted or is wrong; undecided and inconsistent claims exit 0.",
    options: [
      ["--as-of YYYY-MM-DD", "check the claims against this date (default: today)"],
      ["--json", "print the checks as JSON"],
    ],
  },
  search: {
    usage: "atlas search <text> [--json]",
    summary: "Search partners, instruments, agreements and projects (case-insensitive).",
    options: [
      ["<text>", "what to look for"],
      ["--json", "print the hits as JSON"],
    ],
  },
  validate: {
    usage: "atlas validate [path] [--mode merge|replace] [--max-input <size>]",
    summary:
      "Validate a dataset file, or the store when no path is given; prints every problem with its path. Exit 1 when any. A file that leaves lists out is judged as import --mode merge would judge it, against the store.",
    options: [
      ["[path]", "a dataset JSON file (default: the store)"],
      ["--mode merge|replace", "judge the file as that import would (default: merge when lists are left out, else replace)"],
      ["--max-input <size>", "refuse a file larger than this (default 64M; also ATLAS_MAX_INPUT)"],
    ],
  },
  import: {
    usage: "atlas import <file> [--mode merge|replace] [--dry-run] [--verbose] [--max-input <size>] [--note <text>]",
    summary:
      "Import a dataset file into the store, all or nothing. Prints what was (or, with --dry-run, would be) added, changed and removed per collection; --verbose lists each record.",
    options: [
      ["<file>", "a dataset JSON file"],
      ["--mode merge|replace", "merge (default): add and change records; replace: also remove records not in the file"],
      ["--dry-run", "change nothing; print what would change"],
      ["--verbose", "list every record added, changed or removed"],
      ["--note <text>", "why: stored with every change of the import in the history (required when it changes or removes stored records: a correction)"],
      ["--max-input <size>", "refuse a file larger than this (default 64M; also ATLAS_MAX_INPUT)"],
    ],
  },
  export: {
    usage: "atlas export [--format json|csv|iati] [--out <path>] [--collection <name>] [--partner <id>] [--report <file>] [--since <revision>]",
    summary:
      "Export the store. JSON goes to stdout or --out; CSV writes one file per collection into the --out directory, or one collection with --collection. IATI writes an IATI 2.03 activities file to stdout or --out and lists on stderr what the records could not supply.",
    options: [
      ["--format json|csv|iati", "output format (default: json)"],
      ["--out <path>", "a file (json, iati, or csv with --collection) or a directory (csv)"],
      ["--collection <name>", "csv only: export this collection alone (e.g. agreements)"],
      ["--partner <id>", "iati only: one partner's projects and contributions (e.g. cn)"],
      ["--report <file>", "iati only: also write what was left out, per activity, as JSON"],
      ["--since <revision>", "json only: only what changed after this revision (added, changed with content, removed), to sync a copy"],
    ],
  },
  history: {
    usage: "atlas history <collection> <key> [--json]",
    summary: "A record's change history, newest last: who, when, why and the source of each change, as a sentence and a diff of its fields.",
    options: [
      ["<collection> <key>", "e.g. ratifications CN-C155, agreements cn-2019-mohrss-bri"],
      ["--json", "print the history entries as JSON"],
    ],
  },
  revert: {
    usage: "atlas revert <collection> <key> --note <text> [--source <id>]",
    summary:
      "Undo a record's last change by writing a new version with the content it had before (a deleted record comes back, a created one is deleted); history is never rewritten. A revert is a correction: --note is required.",
    options: [
      ["<collection> <key>", "the record whose last change to undo"],
      ["--note <text>", "why the change is undone (required)"],
      ["--source <id>", "the source the revert rests on"],
    ],
  },
};

const GLOBAL = [
  ["--db <url>", "the store: sqlite:<file> or postgres://… (default: $DATABASE_URL, else the embedded SQLite file)"],
  ["-h, --help", "show help (also after any command)"],
] as const;

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`).join("\n");
}

export function mainHelp(): string {
  return `atlas — browse, check and correct Partnership Atlas records

Usage:
  atlas                      interactive terminal UI (on a terminal)
  atlas <command> [options]

Commands:
${table(Object.entries(COMMANDS).map(([name, c]) => [name, (c.summary.split(". ")[0] ?? c.summary).replace(/\.$/, "")]))}

Global options:
${table(GLOBAL)}

Exit codes:
  0  done (claims: none drifted or wrong; undecided ones do not count)
  1  validation problems found (validate, import), a claim has drifted or is wrong (claims), or no record can be written as IATI (export --format iati)
  2  bad usage: unknown command or option, impossible date, unknown partner, unreadable file
  3  the store could not be opened or reached, or a write gave up waiting for another writer

Environment: DATABASE_URL, ATLAS_ACTOR (who writes), ATLAS_MAX_INPUT (input limit, default 64M),
  ATLAS_LOCK_TIMEOUT (seconds a write waits for another writer, default 30), ATLAS_DEBUG=1 (stack traces)

Run atlas <command> --help for a command's options.
`;
}

export function commandHelp(name: string): string {
  const c = COMMANDS[name];
  if (!c) return mainHelp();
  return `Usage: ${c.usage}

${c.summary}

Options:
${table([...c.options, ...GLOBAL])}
`;
}
