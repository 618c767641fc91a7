// `atlas export --format iati`: the records as an IATI 2.03 activities file. The XML goes to
// stdout (or --out); what the records could not supply goes to stderr (and --report as JSON).
import { rename, rm, writeFile } from "node:fs/promises";
import { buildIatiActivities, formatIatiReport, PartnerId, parseIsoDate } from "@partnership-atlas/core";
import { type Io, withStore } from "../context.js";
import { EXIT, UsageError } from "../exit-codes.js";

type Values = Record<string, string | boolean | undefined>;

/** When the file is generated: now, or midnight UTC of ATLAS_TODAY when that pins the day. */
function generatedAt(io: Io): string {
  const pinned = io.env.ATLAS_TODAY;
  if (!pinned) return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const day = parseIsoDate(pinned);
  if (!day.ok) throw new UsageError(`export: ATLAS_TODAY ${day.message}`);
  return `${day.date}T00:00:00Z`;
}

export async function exportIati(db: string | undefined, values: Values, io: Io): Promise<number> {
  if (values.collection !== undefined) throw new UsageError("export: --collection works with --format csv only");
  let partner: PartnerId | undefined;
  if (typeof values.partner === "string") {
    const parsed = PartnerId.safeParse(values.partner.toLowerCase());
    if (!parsed.success) throw new UsageError(`export: --partner "${values.partner}" is not a partner id (ids look like cn)`);
    partner = parsed.data;
  }
  const when = generatedAt(io);
  const result = await withStore(db, io.env, async (store) => {
    const dataset = partner ? await store.loadPartnerDataset(partner) : await store.loadDataset();
    if (!dataset) return null;
    return buildIatiActivities(dataset, { generatedAt: when, partner });
  });
  if (!result) throw new UsageError(`export: unknown partner "${values.partner}" (see atlas search)`);
  if (!result.ok && result.reason === "unknown-partner") throw new UsageError(`export: ${result.message}`);

  io.err(formatIatiReport(result.report));
  if (!result.ok) {
    io.err(`atlas: export: ${result.message}\n`);
    return EXIT.problems;
  }
  const report = `${JSON.stringify(result.report, null, 2)}\n`;
  const files: [string, string][] = [];
  if (typeof values.report === "string") files.push([values.report, report]);
  if (typeof values.out === "string") files.push([values.out, result.xml]);
  await writeAll(files);
  if (typeof values.out !== "string") io.out(result.xml);
  return EXIT.ok;
}

/** Writes every file or none: each goes to a temporary name first and is renamed once all are written. */
async function writeAll(files: readonly [string, string][]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const [path, text] of files) {
      const temp = `${path}.${process.pid}.tmp`;
      try {
        await writeFile(temp, text);
      } catch (error) {
        throw new UsageError(`export: cannot write ${path}: ${(error as { code?: string }).code ?? "error"}`);
      }
      temps.push(temp);
    }
    for (const [i, [path]] of files.entries()) {
      const temp = temps[i];
      if (temp !== undefined) await rename(temp, path);
    }
  } finally {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
  }
}
