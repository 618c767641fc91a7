// Child process for the crash test: imports a file into a SQLite store, printing each step.
import { readFileSync } from "node:fs";
import { openStore } from "../../src/index.js";

const [url, file] = process.argv.slice(2);
if (!url || !file) throw new Error("usage: import-child <url> <file>");
const store = await openStore(url, { seed: false });
const text = readFileSync(file, "utf8");
process.stdout.write("started\n");
await store.importDataset(text, {
  mode: "replace",
  actor: "crash-test",
  note: "crash test",
  onProgress: (p) => process.stdout.write(`${p.phase} ${p.done}\n`),
});
process.stdout.write("done\n");
await store.close();
