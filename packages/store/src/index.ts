/**
 * @partnership-atlas/store — persistence for Partnership Atlas: embedded SQLite by default,
 * PostgreSQL for shared deployments, one API. Only this package speaks SQL.
 *
 * @packageDocumentation
 */
export { type LockHolder, type LockOptions, WriteLockedError } from "./engine/driver.js";
export * from "./errors.js";
export {
  DEFAULT_MAX_INPUT_BYTES,
  inputTooLargeError,
  type ParseInputOptions,
  parseByteSize,
  parseFullDataset,
  parseJsonText,
} from "./input.js";
export { type OpenOptions, openStore } from "./open.js";
export { canonicalDatasetText } from "./export.js";
export type * from "./types.js";
export { defaultDatabaseUrl, parseDatabaseUrl, redactUrl, resolveDatabaseUrl, type StoreLocation } from "./url.js";
