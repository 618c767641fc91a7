/**
 * @partnership-atlas/core — the domain model of Partnership Atlas: zod schemas and types for
 * ILO partnership records, dataset validation, and the figures derived from the records for
 * any date. Pure: no I/O, no clock.
 *
 * @packageDocumentation
 */
export * from "./certainty.js";
export * from "./channels.js";
export * from "./changes.js";
export * from "./coverage.js";
export * from "./dataset-index.js";
export * from "./dates.js";
export * from "./derive.js";
export * from "./fields.js";
export * from "./ids.js";
export * from "./json-schema.js";
export * from "./keys.js";
export * from "./money.js";
export * from "./problems.js";
export * from "./record-validation.js";
export * from "./records.js";
export * from "./references.js";
export * from "./validate.js";
export * from "./csv.js";
export * from "./iati.js";
export * from "./iati-codelists.js";
export * from "./map.js";
export * from "./locale-format.js";
export * from "./search.js";
