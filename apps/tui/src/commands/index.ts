// The non-interactive commands. Each parses its arguments through core, asks the store, prints text or JSON.
import { mkdir, open, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  COLLECTIONS,
  type CollectionName,
  checkClaims,
  formatProblems,
  type IsoDate,
  PartnerId,
  parseIsoDate,
  partnerIdOfState,
  partnerProfile,
  tallyClaims,
} from "@partnership-atlas/core";
import {
  DEFAULT_MAX_INPUT_BYTES,
  inputTooLargeError,
  MalformedInputError,
  parseByteSize,
  parseFullDataset,
  parseJsonText,
  ValidationError,
} from "@partnership-atlas/store";
import { actor, type Io, today, withStore } from "../context.js";
import { EXIT, UsageError } from "../exit-codes.js";
import { formatClaimsByPartner, formatClaimTally, formatHits, formatImportReport, formatProfile } from "../format.js";
import { exportIati } from "./export-iati.js";
import { allChangesSince, history, revert, sinceRevision } from "./history.js";

type Values = Record<string, string | boolean | undefined>;

export async function runCommand(command: string, values: Values, positionals: string[], io: Io): Promise<number> {
  const db = values.db as string | undefined;
  switch (command) {
    case "profile":
      return profile(db, positionals[0], values, io);
    case "claims":
      return claims(db, values, io);
    case "search":
      return search(db, positionals[0], values, io);
    case "validate":
      return validate(db, positionals[0], values, io);
    case "import":
      return importFile(db, positionals[0], values, io);
    case "export":
      return exportStore(db, values, io);
    case "history":
      return history(db, positionals, values, io);
    case "revert":
      return revert(db, positionals, values, io);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** --as-of, checked by core's date rule; today when absent. */
export function asOfDate(values: Values, io: Io, command: string): IsoDate {
  const raw = values["as-of"];
  const text = typeof raw === "string" ? raw : today(io.env);
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw new UsageError(`${command}: --as-of ${parsed.message}`);
  return parsed.date;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function profile(db: string | undefined, partner: string | undefined, values: Values, io: Io): Promise<number> {
  if (!partner) throw new UsageError("profile: name a partner, e.g. atlas profile cn (see atlas profile --help)");
  const id = PartnerId.safeParse(partner.toLowerCase());
  if (!id.success) throw new UsageError(`profile: "${partner}" is not a partner id (ids look like cn)`);
  const asOf = asOfDate(values, io, "profile");
  return withStore(db, io.env, async (store) => {
    const dataset = await store.loadPartnerDataset(id.data);
    const p = dataset && partnerProfile(dataset, id.data, asOf);
    if (!p) {
      // Only on this error path: an alpha-3 code or a State's name points at the id to use.
      const wanted = partner.trim().toLowerCase();
      const state = (await store.listRecords("memberStates")).map((v) => v.record).find((m) => m.alpha3.toLowerCase() === wanted || m.name.toLowerCase() === wanted);
      if (state) throw new UsageError(`profile: unknown partner "${partner}": ${state.name} is ${partnerIdOfState(state.code)} (atlas profile ${partnerIdOfState(state.code)})`);
      const others = (await store.listPartners()).filter((x) => x.kind !== "member-state").map((x) => x.id);
      throw new UsageError(
        `profile: unknown partner "${partner}": give a member State's alpha-2 code (fr, jp, tv)${others.length ? ` or a partner id (${others.join(", ")})` : ""}`,
      );
    }
    io.out(values.json ? json(p) : formatProfile(p));
    return EXIT.ok;
  });
}

async function claims(db: string | undefined, values: Values, io: Io): Promise<number> {
  const asOf = asOfDate(values, io, "claims");
  return withStore(db, io.env, async (store) => {
    const dataset = await store.loadDataset();
    const checks = checkClaims(dataset, asOf);
    const tally = tallyClaims(checks);
    if (values.json) io.out(json(checks));
    else io.out(`${formatClaimTally(asOf, tally)}\n${formatClaimsByPartner(checks, dataset.partners)}`);
    // Undecided is not drifted: the records allow the stated value, so it does not fail the check.
    return tally.off > 0 ? EXIT.problems : EXIT.ok;
  });
}

async function search(db: string | undefined, text: string | undefined, values: Values, io: Io): Promise<number> {
  if (!text?.trim()) throw new UsageError("search: give the text to look for, e.g. atlas search skills");
  return withStore(db, io.env, async (store) => {
    const hits = await store.search(text.trim());
    io.out(values.json ? json(hits) : formatHits(hits));
    return EXIT.ok;
  });
}

interface InputLimit {
  bytes: number;
  /** How to raise it, quoted in the message when a file is over it. */
  hint: string;
}

/** The input limit for import and validate: --max-input, else ATLAS_MAX_INPUT, else the store's default. */
function inputLimit(values: Values, env: NodeJS.ProcessEnv, command: string): InputLimit {
  const hint = "raise it with --max-input <size> or ATLAS_MAX_INPUT, e.g. --max-input 256M";
  const flag = values["max-input"];
  const [raw, name] = typeof flag === "string" ? [flag, "--max-input"] : [env.ATLAS_MAX_INPUT, "ATLAS_MAX_INPUT"];
  if (raw === undefined || raw === "") return { bytes: DEFAULT_MAX_INPUT_BYTES, hint };
  const bytes = parseByteSize(raw);
  if (bytes === null) throw new UsageError(`${command}: ${name} must be a size such as 64M, 512k or 1048576, not "${raw}"`);
  return { bytes, hint };
}

/**
 * Reads a file, stopping as soon as it passes the limit: a device or a huge file is refused after
 * `limit` bytes (or at once, when the file says its size), never read to the end.
 */
async function readInput(path: string, command: string, limit: InputLimit): Promise<Uint8Array> {
  const cannot = (error: unknown) => {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (code ?? "unreadable");
    return new UsageError(`${command}: cannot read ${path}: ${why}`);
  };
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw cannot(error);
  }
  try {
    const info = await handle.stat().catch((error: unknown) => {
      throw cannot(error);
    });
    if (info.isDirectory()) throw cannot({ code: "EISDIR" });
    if (info.size > limit.bytes) throw inputTooLargeError(limit.bytes, limit.hint);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit.bytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null).catch((error: unknown) => {
        throw cannot(error);
      });
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit.bytes) throw inputTooLargeError(limit.bytes, limit.hint);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function mode(values: Values, command: string): "merge" | "replace" | undefined {
  const m = values.mode;
  if (m === undefined) return undefined;
  if (m !== "merge" && m !== "replace") throw new UsageError(`${command}: --mode must be merge or replace, not "${String(m)}"`);
  return m;
}

function problemCount(n: number): string {
  return `${n} problem${n === 1 ? "" : "s"}`;
}

/** The lists a file leaves out: a file without some of them is a merge file. */
function absentLists(data: unknown): CollectionName[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
  return COLLECTIONS.filter((c) => !Object.hasOwn(data, c));
}

async function validate(db: string | undefined, path: string | undefined, values: Values, io: Io): Promise<number> {
  if (path === undefined) {
    if (values.mode !== undefined) throw new UsageError("validate: --mode applies to a file; name the file to check");
    return withStore(db, io.env, async (store) => {
      const problems = await store.integrityCheck();
      if (problems.length === 0) {
        io.out(`${store.displayUrl}: no problems\n`);
        return EXIT.ok;
      }
      io.out(`${formatProblems(problems)}\n${problemCount(problems.length)} in ${store.displayUrl}\n`);
      return EXIT.problems;
    });
  }
  const asked = mode(values, "validate");
  const limit = inputLimit(values, io.env, "validate");
  let data: unknown;
  try {
    // The same reading as import: byte-order mark, limit, line and column of a syntax error.
    data = parseJsonText(await readInput(path, "validate", limit), { maxBytes: limit.bytes, limitHint: limit.hint });
  } catch (error) {
    if (!(error instanceof MalformedInputError)) throw error;
    io.out(`✖ (root): ${error.message}\n1 problem in ${path}\n`);
    return EXIT.problems;
  }
  const absent = absentLists(data);
  const judged = asked ?? (absent.length > 0 ? "merge" : "replace");
  /** Runs the import's own judgement; prints its problems the way validate prints any. */
  const judge = async (check: () => unknown, context: string): Promise<number> => {
    try {
      await check();
    } catch (error) {
      if (error instanceof ValidationError) {
        io.out(`${formatProblems(error.problems)}\n${problemCount(error.problems.length)} in ${path}${context}\n`);
        return EXIT.problems;
      }
      if (error instanceof MalformedInputError) {
        io.out(`✖ (root): ${error.message}\n1 problem in ${path}${context}\n`);
        return EXIT.problems;
      }
      throw error;
    }
    io.out(`${path}: no problems${context}\n`);
    return EXIT.ok;
  };
  // A whole file needs no store: it is judged on its own, as import --mode replace judges it.
  if (judged === "replace") return judge(() => parseFullDataset(data), "");
  // A merge file is judged by the import itself, as a dry run against the store it would go into.
  const why = asked ? "--mode merge" : `it leaves out ${absent.length > 3 ? `${absent.length} of ${COLLECTIONS.length} lists` : absent.join(", ")}`;
  return withStore(db, io.env, (store) =>
    judge(() => store.importDataset(data, { mode: "merge", dryRun: true }), `, checked as import --mode merge into ${store.displayUrl} (${why})`),
  );
}

async function importFile(db: string | undefined, path: string | undefined, values: Values, io: Io): Promise<number> {
  if (!path) throw new UsageError("import: name the dataset file to import (see atlas import --help)");
  const importMode = mode(values, "import") ?? "merge";
  const limit = inputLimit(values, io.env, "import");
  const data = parseJsonText(await readInput(path, "import", limit), { maxBytes: limit.bytes, limitHint: limit.hint });
  const dryRun = values["dry-run"] === true;
  return withStore(db, io.env, async (store) => {
    const note = typeof values.note === "string" ? values.note : undefined;
    const report = await store.importDataset(data, { mode: importMode, dryRun, actor: actor(io.env), note });
    io.out(formatImportReport(report, values.verbose === true));
    if (dryRun && !note?.trim() && report.changed.length + report.removed.length > 0) {
      io.out("note: this import changes or removes stored records (a correction): the real import needs --note <why>");
    }
    return EXIT.ok;
  });
}

function collectionName(value: string): CollectionName {
  if ((COLLECTIONS as readonly string[]).includes(value)) return value as CollectionName;
  throw new UsageError(`export: unknown collection "${value}" (one of ${COLLECTIONS.join(", ")})`);
}

async function exportStore(db: string | undefined, values: Values, io: Io): Promise<number> {
  const format = values.format ?? "json";
  if (format === "iati") return exportIati(db, values, io);
  if (format !== "json" && format !== "csv") throw new UsageError(`export: --format must be json, csv or iati, not "${String(format)}"`);
  if (values.partner !== undefined || values.report !== undefined) {
    throw new UsageError("export: --partner and --report work with --format iati only");
  }
  const out = values.out as string | undefined;
  const collection = typeof values.collection === "string" ? collectionName(values.collection) : undefined;
  if (format === "json" && collection) throw new UsageError("export: --collection works with --format csv only");
  const since = sinceRevision(values.since);
  if (since !== undefined && format !== "json") throw new UsageError("export: --since works with --format json only");
  if (format === "csv" && !collection && !out) {
    throw new UsageError("export: csv writes one file per collection; give --out <directory>, or --collection <name> for one");
  }
  return withStore(db, io.env, async (store) => {
    if (format === "json") {
      const text = since === undefined ? await store.exportDataset() : `${JSON.stringify(await allChangesSince(store, since), null, 2)}\n`;
      if (out) await writeOut(out, text);
      else io.out(text);
      return EXIT.ok;
    }
    if (collection) {
      const text = await store.exportCsv(collection);
      if (out) await writeOut(out, text);
      else io.out(text);
      return EXIT.ok;
    }
    // Checked above: csv without --collection needs --out.
    if (!out) throw new UsageError("export: csv writes one file per collection; give --out <directory>");
    try {
      await mkdir(out, { recursive: true });
    } catch (error) {
      throw new UsageError(`export: cannot create directory ${out}: ${(error as { code?: string }).code ?? "error"}`);
    }
    for (const c of COLLECTIONS) await writeOut(join(out, `${c}.csv`), await store.exportCsv(c));
    io.err(`wrote ${COLLECTIONS.length} CSV files to ${out}\n`);
    return EXIT.ok;
  });
}

async function writeOut(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new UsageError(`export: cannot write ${path}: ${(error as { code?: string }).code ?? "error"}`);
  }
}
