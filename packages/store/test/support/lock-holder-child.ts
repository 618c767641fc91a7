// Child process that takes a store's write lock through its engine driver and holds it until stdin closes.
import { parseDatabaseUrl } from "../../src/index.js";
import type { EngineDriver } from "../../src/engine/driver.js";

const [url, name] = process.argv.slice(2);
if (!url || !name) throw new Error("usage: lock-holder-child <url> <client name>");
const location = parseDatabaseUrl(url);
const driver: EngineDriver =
  location.engine === "sqlite"
    ? (await import("../../src/engine/sqlite.js")).openSqlite(location.file, location.displayUrl, { clientName: name })
    : await (await import("../../src/engine/postgres.js")).openPostgres(location.connectionString, location.displayUrl, { clientName: name });
await driver.write(async () => {
  process.stdout.write("holding\n");
  await new Promise<void>((resolve) => {
    process.stdin.on("end", resolve);
    process.stdin.resume();
  });
});
await driver.close();
process.stdout.write("released\n");
