// Argument parsing for `atlas`: node:util parseArgs, strict, with one clear line per mistake.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { firstLine, UsageError } from "./exit-codes.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  db: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies OptionSpec;

/** The command word: the first argument that is neither an option nor a global option's value. */
export function findCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === undefined) break;
    if (a === "--") break;
    if (a === "--db") {
      i++;
      continue;
    }
    if (a.startsWith("-")) continue;
    return { command: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, rest: [...argv] };
}

export interface Parsed<O extends OptionSpec> {
  values: { [K in keyof O]?: O[K] extends { type: "boolean" } ? boolean : string };
  positionals: string[];
}

/** Strict parse of one command's arguments; any mistake becomes a UsageError naming the command. */
export function parseCommandArgs<O extends OptionSpec>(
  command: string,
  argv: readonly string[],
  options: O,
  maxPositionals: number,
): Parsed<O & typeof GLOBAL_OPTIONS> {
  const all = { ...GLOBAL_OPTIONS, ...options };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: all, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${command}: ${describeParseError(error)} (see atlas ${command} --help)`);
  }
  if (parsed.positionals.length > maxPositionals && !parsed.values.help) {
    throw new UsageError(
      `${command}: unexpected argument "${parsed.positionals[maxPositionals]}" (see atlas ${command} --help)`,
    );
  }
  // node:util's parseArgs types its result from a literal config; ours is merged from two
  // objects, which its generics cannot follow, so the result is re-typed from the same config.
  return parsed as unknown as Parsed<O & typeof GLOBAL_OPTIONS>;
}

function describeParseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(e.message ?? "")?.[1];
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${quoted ?? ""}`.trim();
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return quoted ? `option ${quoted.split(" ")[0]} needs a value` : "an option is missing its value";
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${quoted ?? ""}`.trim();
    default:
      return firstLine(e.message ?? String(error));
  }
}

