// Child process for the cross-process concurrency test: applies the updates it is sent on stdin.
import { createInterface } from "node:readline";
import { ConflictError, openStore } from "../../src/index.js";

const [url, actor] = process.argv.slice(2);
if (!url || !actor) throw new Error("usage: writer-child <url> <actor>");
const store = await openStore(url, { seed: false });
process.stdout.write("ready\n");
for await (const line of createInterface({ input: process.stdin })) {
  const [version, label] = line.split(" ");
  try {
    await store.update("themes", "maritime-labour", { id: "maritime-labour", label }, { actor, expectedVersion: Number(version), note: "concurrent writer" });
    process.stdout.write("ok\n");
  } catch (error) {
    process.stdout.write(error instanceof ConflictError ? "conflict\n" : `error ${(error as Error).message.replace(/\n/g, " ")}\n`);
  }
}
await store.close();
