// Entry point of `atlas`: parse the command line, run one command or the interactive UI, return the exit code.
import { findCommand, parseCommandArgs } from "./args.js";
import { describeError, endQuietlyOnClosedPipes, type Io, processIo } from "./context.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { COMMANDS, commandHelp, mainHelp } from "./help.js";

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnClosedPipes();
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const { code, message, detail } = describeError(error);
    io.err(`atlas: ${message}\n`);
    if (detail) io.err(`${detail}\n`);
    if (io.env.ATLAS_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return code;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const { command, rest } = findCommand(argv);
  if (command === undefined) {
    const { values } = parseCommandArgs("atlas", rest, {}, 0);
    if (values.help) {
      io.out(mainHelp());
      return EXIT.ok;
    }
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      io.err(mainHelp());
      io.err("atlas: no command given and not on a terminal; name a command\n");
      return EXIT.usage;
    }
    // A person is at this terminal: Ink must draw every frame even where the environment says
    // CI (it would otherwise print only the last frame, at exit). Ink reads this on import.
    for (const key of ["CI", "CONTINUOUS_INTEGRATION"]) if (key in process.env) process.env[key] = "0";
    const { runInteractive } = await import("./interactive.js");
    return runInteractive({ db: values.db, env: io.env });
  }
  if (command === "help") {
    const topic = rest.find((a) => !a.startsWith("-"));
    io.out(topic && COMMANDS[topic] ? commandHelp(topic) : mainHelp());
    return EXIT.ok;
  }
  const spec = Object.hasOwn(COMMANDS, command) ? OPTIONS[command] : undefined;
  if (!spec) {
    throw new UsageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(", ")}; see atlas --help)`);
  }
  const parsed = parseCommandArgs(command, rest, spec.options, spec.positionals);
  if (parsed.values.help) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  const { runCommand } = await import("./commands/index.js");
  return runCommand(command, parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
}

const OPTIONS: Record<string, { options: Record<string, { type: "string" | "boolean" }>; positionals: number }> = {
  profile: { options: { "as-of": { type: "string" }, json: { type: "boolean" } }, positionals: 1 },
  claims: { options: { "as-of": { type: "string" }, json: { type: "boolean" } }, positionals: 0 },
  search: { options: { json: { type: "boolean" } }, positionals: 1 },
  validate: { options: { mode: { type: "string" }, "max-input": { type: "string" } }, positionals: 1 },
  import: {
    options: { mode: { type: "string" }, "dry-run": { type: "boolean" }, verbose: { type: "boolean" }, "max-input": { type: "string" }, note: { type: "string" } },
    positionals: 1,
  },
  export: {
    options: {
      format: { type: "string" },
      out: { type: "string" },
      collection: { type: "string" },
      partner: { type: "string" },
      report: { type: "string" },
      since: { type: "string" },
    },
    positionals: 0,
  },
  history: { options: { json: { type: "boolean" } }, positionals: 2 },
  revert: { options: { note: { type: "string" }, source: { type: "string" } }, positionals: 2 },
};

