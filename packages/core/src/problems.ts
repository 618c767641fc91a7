// Problems found in data: a JSON path and a sentence a curator can act on.
import type { z } from "zod";

export type PathSegment = string | number;

export interface Problem {
  /** Path from the dataset root, e.g. `["ratifications", 3, "history", 1, "from"]`. */
  path: PathSegment[];
  /** The same path written `ratifications[3].history[1].from`. */
  at: string;
  /** A stable machine code: `schema`, `duplicate-id`, `dangling-reference`, … */
  code: ProblemCode;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
}

export type ProblemCode =
  | "schema"
  | "not-a-dataset"
  | "duplicate-id"
  | "dangling-reference"
  | "date-order"
  | "denounced-before-ratified"
  | "shares-sum"
  | "missing-source"
  | "classification-overlap"
  | "metric-mismatch"
  | "inconsistent"
  | "out-of-bounds"
  | "conflicting-sources"
  | "internal";

export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || "(root)";
}

export function problem(path: PathSegment[], code: ProblemCode, message: string): Problem {
  return { path, at: formatPath(path), code, message };
}

function describeValue(input: unknown): string {
  if (input === undefined) return "missing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "an object";
  if (typeof input === "string") return input.length > 40 ? `the text "${input.slice(0, 40)}…"` : `"${input}"`;
  return `${typeof input} ${String(input)}`;
}

function join(subject: string, message: string): string {
  return /^(must|is|has|needs|does) /.test(message) ? `${subject} ${message}` : `${subject}: ${message}`;
}

/** Turns one zod issue into a sentence that names the field and the fix. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const field = formatPath(issue.path as PathSegment[]);
  const last = issue.path.length ? String(issue.path[issue.path.length - 1]) : "the value";
  switch (issue.code) {
    case "invalid_type": {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) return `${last} is required but missing; add it (${issue.expected === "int" ? "a whole number" : `a ${issue.expected}`})`;
      if (issue.message.startsWith("Invalid input"))
        return `${last} must be ${issue.expected === "int" ? "a whole number" : `a ${issue.expected}`}, not ${describeValue(input)}`;
      return join(last, issue.message);
    }
    case "unrecognized_keys":
      return `${field === "(root)" ? "the record" : last} has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys
        .map((k) => `"${k}"`)
        .join(", ")}; remove ${issue.keys.length > 1 ? "them" : "it"} or check the spelling`;
    case "invalid_union":
      return issue.message.startsWith("Invalid input")
        ? `${last} does not match any allowed form; check its "kind" or "status" field`
        : join(last, issue.message);
    case "invalid_value":
      return issue.message.startsWith("Invalid")
        ? `${last} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`
        : join(last, issue.message);
    case "too_small":
      return issue.message.startsWith("Too small") ? `${last} is too small (minimum ${String(issue.minimum)})` : join(last, issue.message);
    case "too_big":
      return issue.message.startsWith("Too big") ? `${last} is too large (maximum ${String(issue.maximum)})` : join(last, issue.message);
    default:
      return join(last, issue.message);
  }
}

/** All issues of a zod error as problems, under a path prefix. */
export function zodProblems(error: z.ZodError, prefix: PathSegment[] = []): Problem[] {
  return error.issues.map((issue) =>
    problem([...prefix, ...(issue.path as PathSegment[])], "schema", issueMessage(issue)),
  );
}

/** One readable block listing every problem, for terminals and logs. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `✖ ${p.at}: ${p.message}`).join("\n");
}
