/**
 * @partnership-atlas/store — persistence for Partnership Atlas: embedded SQLite by default,
 * PostgreSQL for shared deployments, one API. Only this package speaks SQL.
 *
 * @packageDocumentation
 */
export * from "./errors.js";
export { type OpenOptions, openStore } from "./open.js";
export { canonicalDatasetText } from "./export.js";
export type * from "./types.js";
export { defaultDatabaseUrl, parseDatabaseUrl, redactUrl, resolveDatabaseUrl, type StoreLocation } from "./url.js";
