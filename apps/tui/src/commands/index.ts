// The non-interactive commands. Each parses its arguments through core, asks the store, prints text or JSON.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  COLLECTIONS,
  type CollectionName,
  checkClaims,
  formatProblems,
  type IsoDate,
  PartnerId,
  parseIsoDate,
  partnerProfile,
  validateDataset,
  tallyClaims,
} from "@partnership-atlas/core";
import { actor, type Io, today, withStore } from "../context.js";
import { EXIT, UsageError } from "../exit-codes.js";
import { formatClaims, formatHits, formatProfile } from "../format.js";
import { exportIati } from "./export-iati.js";

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
      return validate(db, positionals[0], io);
    case "import":
      return importFile(db, positionals[0], values, io);
    case "export":
      return exportStore(db, values, io);
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
      const known = (await store.listPartners()).map((x) => x.id);
      throw new UsageError(`profile: unknown partner "${partner}" (known: ${known.join(", ") || "none"})`);
    }
    io.out(values.json ? json(p) : formatProfile(p));
    return EXIT.ok;
  });
}

async function claims(db: string | undefined, values: Values, io: Io): Promise<number> {
  const asOf = asOfDate(values, io, "claims");
  return withStore(db, io.env, async (store) => {
    const checks = checkClaims(await store.loadDataset(), asOf);
    const { off } = tallyClaims(checks);
    if (values.json) io.out(json(checks));
    else io.out(`Claims as of ${asOf}: ${checks.length - off} hold or cannot be computed, ${off} drifted or wrong\n${formatClaims(checks)}`);
    return off > 0 ? EXIT.problems : EXIT.ok;
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

async function readText(path: string, command: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (code ?? "unreadable");
    throw new UsageError(`${command}: cannot read ${path}: ${why}`);
  }
}

async function validate(db: string | undefined, path: string | undefined, io: Io): Promise<number> {
  if (path !== undefined) {
    const text = await readText(path, "validate");
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      io.out(`✖ (root): ${path} is not valid JSON (${(error as Error).message})\n`);
      return EXIT.problems;
    }
    const result = validateDataset(data);
    if (result.ok) {
      io.out(`${path}: no problems\n`);
      return EXIT.ok;
    }
    io.out(`${formatProblems(result.problems)}\n${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in ${path}\n`);
    return EXIT.problems;
  }
  return withStore(db, io.env, async (store) => {
    const problems = await store.integrityCheck();
    if (problems.length === 0) {
      io.out(`${store.displayUrl}: no problems\n`);
      return EXIT.ok;
    }
    io.out(`${formatProblems(problems)}\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${store.displayUrl}\n`);
    return EXIT.problems;
  });
}

async function importFile(db: string | undefined, path: string | undefined, values: Values, io: Io): Promise<number> {
  if (!path) throw new UsageError("import: name the dataset file to import (see atlas import --help)");
  const mode = values.mode ?? "merge";
  if (mode !== "merge" && mode !== "replace") throw new UsageError(`import: --mode must be merge or replace, not "${String(mode)}"`);
  const text = await readText(path, "import");
  const dryRun = values["dry-run"] === true;
  return withStore(db, io.env, async (store) => {
    const report = await store.importDataset(text, { mode, dryRun, actor: actor(io.env) });
    const verb = dryRun ? ["would add", "would change", "would remove"] : ["added", "changed", "removed"];
    const lines = [
      `${dryRun ? "Dry run, nothing written: " : ""}${verb[0]} ${report.added.length}, ${verb[1]} ${report.changed.length}, ${verb[2]} ${report.removed.length}, unchanged ${report.unchanged} (${mode})`,
    ];
    const list = (label: string, items: { collection: string; key: string }[]) => {
      for (const i of items) lines.push(`  ${label} ${i.collection} ${i.key}`);
    };
    list("+", report.added);
    list("~", report.changed);
    list("-", report.removed);
    io.out(`${lines.join("\n")}\n`);
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
  if (format === "csv" && !collection && !out) {
    throw new UsageError("export: csv writes one file per collection; give --out <directory>, or --collection <name> for one");
  }
  return withStore(db, io.env, async (store) => {
    if (format === "json") {
      const text = await store.exportDataset();
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
    try {
      await mkdir(out!, { recursive: true });
    } catch (error) {
      throw new UsageError(`export: cannot create directory ${out}: ${(error as { code?: string }).code ?? "error"}`);
    }
    for (const c of COLLECTIONS) await writeOut(join(out!, `${c}.csv`), await store.exportCsv(c));
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
