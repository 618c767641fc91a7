// Writes of one record: checked against its neighbourhood (see reference-index.ts), versioned, audited.
import { type CollectionName, correctionNoteProblem, formatPath, problem, RECORD_NOUN, type RecordOf, recordKey, validateRecord } from "@partnership-atlas/core";
import { assertCollection, BATCH, type Db, newRuleProblems, now, type StoreContext, table, withRecord } from "./datasets.js";
import { ConflictError, NotFoundError, ReferencedError, type StoreError } from "./errors.js";
import { validationError } from "./input.js";
import { deleteReferencesFrom, insertReferences, referenceRows, referrers, writeContext } from "./reference-index.js";
import { recordToRow, tryParseRow } from "./rows.js";
import type { AuditEntry, UpdateOptions, Versioned, WriteOptions } from "./types.js";

/** A correction (an update or delete) must say why: a ValidationError on `note` when it does not. */
export function requireCorrectionNote(what: string, kind: "changed" | "removed", note: string | undefined): void {
  const missing = correctionNoteProblem(kind, note);
  if (missing) throw validationError(what, [missing]);
}

function parseInput<C extends CollectionName>(collection: C, input: unknown): RecordOf<C> {
  assertCollection(collection);
  const v = validateRecord(collection, input);
  if (!v.ok) {
    const problems = v.problems.map((p) => {
      const path = [collection, ...p.path];
      return { ...p, path, at: formatPath(path) };
    });
    throw validationError(`the ${RECORD_NOUN[collection]}`, problems);
  }
  return v.record;
}

export async function conflict(trx: Db, c: CollectionName, key: string, expected: number): Promise<StoreError> {
  const row = await trx.selectFrom(table(c)).selectAll().where("key", "=", key).executeTakeFirst();
  if (row) {
    const parsed = tryParseRow(c, row);
    const current = parsed.ok ? parsed.record : (JSON.parse(row.data) as unknown);
    return new ConflictError(c, key, expected, Number(row.version), row.updated_by, row.updated_at, current);
  }
  const gone = await trx
    .selectFrom("audit_log")
    .select(["actor", "at"])
    .where("collection", "=", c)
    .where("key", "=", key)
    .where("after", "is", null)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return gone ? new ConflictError(c, key, expected, null, gone.actor, gone.at, null) : new NotFoundError(c, key);
}

/** Every committed write bumps the revision once; its audit entries carry the new revision. */
async function bumpRevision(trx: Db): Promise<number> {
  const row = await trx
    .updateTable("meta")
    .set((eb) => ({ revision: eb("revision", "+", 1) }))
    .where("id", "=", 1)
    .returning("revision")
    .executeTakeFirstOrThrow();
  return Number(row.revision);
}

export async function audit(
  trx: Db,
  entries: { collection: CollectionName; key: string; action: AuditEntry["action"]; before: string | null; after: string | null; version: number }[],
  actor: string,
  at: string,
  why: { note?: string; source?: string } = {},
): Promise<void> {
  const revision = await bumpRevision(trx);
  const note = why.note?.trim() || null;
  const source = why.source?.trim() || null;
  for (let i = 0; i < entries.length; i += BATCH) {
    await trx
      .insertInto("audit_log")
      .values(
        entries
          .slice(i, i + BATCH)
          .map((e) => ({ at, actor, collection: e.collection, key: e.key, action: e.action, before: e.before, after: e.after, version: e.version, revision, note, source })),
      )
      .execute();
  }
}

export async function create<C extends CollectionName>(s: StoreContext, collection: C, input: unknown, options: WriteOptions): Promise<Versioned<RecordOf<C>>> {
  const record = parseInput(collection, input);
  const key = recordKey(collection, record);
  return s.driver.write(async (trx) => {
    const existing = await trx.selectFrom(table(collection)).select(["version"]).where("key", "=", key).executeTakeFirst();
    if (existing) {
      throw validationError(`the ${RECORD_NOUN[collection]}`, [
        problem([collection, key], "duplicate-id", `there is already a ${RECORD_NOUN[collection]} "${key}"; give this one another id, or update that one`),
      ]);
    }
    const context = await writeContext(trx, s.cache, collection, key, [record], false);
    const problems = newRuleProblems(withRecord(context, collection, key, record), () => context);
    if (problems.length > 0) throw validationError(`the ${RECORD_NOUN[collection]} "${key}"`, problems);
    const at = now();
    const row = recordToRow(collection, record, 1, at, options.actor);
    await trx.insertInto(table(collection)).values(row).execute();
    await insertReferences(trx, s.driver.engine, referenceRows(collection, key, record));
    await audit(trx, [{ collection, key, action: "create", before: null, after: row.data, version: 1 }], options.actor, at, options);
    return { key, record, version: 1, updatedAt: at, updatedBy: options.actor };
  });
}

export async function update<C extends CollectionName>(
  s: StoreContext,
  collection: C,
  key: string,
  input: unknown,
  options: UpdateOptions,
): Promise<Versioned<RecordOf<C>>> {
  const record = parseInput(collection, input);
  const newKey = recordKey(collection, record);
  if (newKey !== key) {
    throw validationError(`the ${RECORD_NOUN[collection]} "${key}"`, [
      problem([collection, key], "inconsistent", `a record cannot change its key (from "${key}" to "${newKey}"); create a new record and delete this one instead`),
    ]);
  }
  return s.driver.write(async (trx) => {
    const current = await trx.selectFrom(table(collection)).select(["key", "data", "version"]).where("key", "=", key).executeTakeFirst();
    if (!current || Number(current.version) !== options.expectedVersion) {
      throw await conflict(trx, collection, key, options.expectedVersion);
    }
    const old = s.cache.parse(collection, current);
    const context = await writeContext(trx, s.cache, collection, key, [old, record], true);
    const problems = newRuleProblems(withRecord(context, collection, key, record), () => withRecord(context, collection, key, old));
    if (problems.length > 0) throw validationError(`the ${RECORD_NOUN[collection]} "${key}"`, problems);
    // The record is sound; a correction must still say why (checked last, so data problems show first).
    requireCorrectionNote(`the change to ${RECORD_NOUN[collection]} "${key}"`, "changed", options.note);
    const at = now();
    const version = options.expectedVersion + 1;
    const row = recordToRow(collection, record, version, at, options.actor);
    const result = await trx
      .updateTable(table(collection))
      .set({ ...row })
      .where("key", "=", key)
      .where("version", "=", options.expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw await conflict(trx, collection, key, options.expectedVersion);
    await deleteReferencesFrom(trx, collection, [key]);
    await insertReferences(trx, s.driver.engine, referenceRows(collection, key, record));
    await audit(trx, [{ collection, key, action: "update", before: current.data, after: row.data, version }], options.actor, at, options);
    return { key, record, version, updatedAt: at, updatedBy: options.actor };
  });
}

export async function remove(s: StoreContext, collection: CollectionName, key: string, options: UpdateOptions): Promise<void> {
  await s.driver.write(async (trx) => {
    const current = await trx.selectFrom(table(collection)).select(["key", "data", "version"]).where("key", "=", key).executeTakeFirst();
    if (!current || Number(current.version) !== options.expectedVersion) {
      throw await conflict(trx, collection, key, options.expectedVersion);
    }
    // Deleting breaks only the rules of records that refer to this one: refuse if there are any.
    const dependents = await referrers(trx, collection, key);
    if (dependents.length > 0) throw new ReferencedError(collection, key, dependents);
    requireCorrectionNote(`the deletion of ${RECORD_NOUN[collection]} "${key}"`, "removed", options.note);
    const result = await trx
      .deleteFrom(table(collection))
      .where("key", "=", key)
      .where("version", "=", options.expectedVersion)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) throw await conflict(trx, collection, key, options.expectedVersion);
    await deleteReferencesFrom(trx, collection, [key]);
    await audit(trx, [{ collection, key, action: "delete", before: current.data, after: null, version: options.expectedVersion }], options.actor, now(), options);
  });
}
