// Prints how long validation and every member State's profile (plus the home page's and the
// instruments' figures) take on the shipped data and on larger synthetic copies.
// Run by hand: `pnpm --filter @partnership-atlas/core bench`. Figures, not assertions.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  allProfiles,
  allStateProfiles,
  buildIatiActivities,
  checkClaims,
  COLLECTIONS,
  type Dataset,
  IsoDate,
  instrumentsOverview,
  statesOverview,
  validateDataset,
} from "../src/index.js";
import { countRecords, scaleDataset } from "../src/synthetic.js";

// The shipped records are read as plain JSON files: core must not depend on the dataset package.
const dataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dataset", "data");
const fileOf = (c: string) => `${c.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}.json`;

function readShipped(): unknown {
  const out: Record<string, unknown> = { schemaVersion: 1 };
  for (const c of COLLECTIONS) out[c] = JSON.parse(readFileSync(join(dataDir, fileOf(c)), "utf8"));
  return out;
}

const asOf = IsoDate.parse("2026-11-29");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(label: string, input: unknown, runs: number): void {
  const validateMs: number[] = [];
  const deriveMs: number[] = [];
  let dataset: Dataset | undefined;
  for (let i = 0; i < runs; i++) {
    const copy = structuredClone(input);
    const t0 = performance.now();
    const r = validateDataset(copy);
    const t1 = performance.now();
    if (!r.ok) throw new Error(`${label}: dataset invalid: ${r.problems.slice(0, 3).map((p) => `${p.at}: ${p.message}`).join("; ")}`);
    dataset = r.dataset;
    const states = allStateProfiles(dataset, asOf);
    const profiles = allProfiles(dataset, asOf);
    statesOverview(dataset, asOf);
    instrumentsOverview(dataset, asOf);
    checkClaims(dataset, asOf);
    const t2 = performance.now();
    if (states.length !== dataset.memberStates.length || profiles.length !== dataset.partners.length) throw new Error("a profile is missing");
    validateMs.push(t1 - t0);
    deriveMs.push(t2 - t1);
  }
  const records = countRecords(dataset as Dataset);
  console.log(
    `${label.padEnd(16)} records ${String(records).padStart(7)}  States ${String(dataset!.memberStates.length).padStart(4)}  partners ${String(dataset!.partners.length).padStart(4)}  ` +
      `validate ${median(validateMs).toFixed(1).padStart(8)} ms  derive every State's profile + overviews ${median(deriveMs).toFixed(1).padStart(8)} ms  (median of ${runs})`,
  );
}

const shipped = readShipped();
const base = validateDataset(shipped);
if (!base.ok) throw new Error("shipped dataset is invalid; run the dataset tests");
console.log(`core bench, Node ${process.version}, as of ${asOf}`);
measure("shipped", shipped, 15);
{
  // checkClaims alone: each drifted or wrong claim searches the day it last held.
  const runs: number[] = [];
  let checks = 0;
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    checks = checkClaims(base.dataset, asOf).length;
    runs.push(performance.now() - t0);
  }
  console.log(`${"checkClaims".padEnd(16)} claims ${String(checks).padStart(4)}  ${median(runs).toFixed(1).padStart(8)} ms  (median of 15, last-held days included)`);
}
for (const factor of [10]) measure(`synthetic ×${factor}`, scaleDataset(base.dataset, factor), 3);

// The IATI export: the whole file, and one partner's (which must not cost the whole dataset).
function measureIati(label: string, dataset: Dataset, runs: number): void {
  const generatedAt = `${asOf}T00:00:00Z`;
  const partner = dataset.partners[0]!.id;
  const time = (options: { partner?: string }) => {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = buildIatiActivities(dataset, { generatedAt, ...options });
      ms.push(performance.now() - t0);
      bytes = r.ok ? r.xml.length : 0;
    }
    return `${median(ms).toFixed(1).padStart(7)} ms (${Math.round(bytes / 1024)} KiB)`;
  };
  console.log(`${label.padEnd(22)} IATI file: all ${time({})}  partner ${partner} ${time({ partner })}  (median of ${runs})`);
}
measureIati("shipped", base.dataset, 15);
measureIati("synthetic ×100", scaleDataset(base.dataset, 100), 5);
