// The Store, written once over Kysely; an EngineDriver supplies what differs between engines.
// The work is in reads.ts, writes.ts, import.ts, export.ts and integrity.ts; this class binds it.
import type { CollectionName, Dataset, Partner, PartnerId, Problem, RecordOf } from "@partnership-atlas/core";
import type { StoreContext } from "./datasets.js";
import type { EngineDriver } from "./engine/driver.js";
import { asStoreError } from "./errors.js";
import { exportCsv, exportDataset } from "./export.js";
import { changesBetween, datasetAt, lastUpdated } from "./history.js";
import { importDataset, seedIfEmpty } from "./import.js";
import { integrityCheck } from "./integrity.js";
import * as reads from "./reads.js";
import { RecordCache } from "./rows.js";
import type {
  AuditEntry,
  ChangesSince,
  ImportOptions,
  ImportReport,
  RecordedOn,
  RecordsAt,
  Revision,
  SearchHit,
  Store,
  SyncPage,
  UpdateOptions,
  Versioned,
  WriteOptions,
} from "./types.js";
import * as writes from "./writes.js";

/** Every error an operation raises is a StoreError (see asStoreError). */
function guard<T>(operation: Promise<T>): Promise<T> {
  return operation.catch((error: unknown) => {
    throw asStoreError(error);
  });
}

export class KyselyStore implements Store {
  private readonly s: StoreContext;

  constructor(private readonly driver: EngineDriver) {
    this.s = { driver, cache: new RecordCache() };
  }

  get engine() {
    return this.driver.engine;
  }

  get displayUrl() {
    return this.driver.displayUrl;
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  revision(): Promise<number> {
    return guard(reads.revision(this.s));
  }

  loadDataset(): Promise<Dataset> {
    return guard(reads.loadDataset(this.s));
  }

  loadPartnerDataset(id: PartnerId): Promise<Dataset | null> {
    return guard(reads.loadPartnerDataset(this.s, id));
  }

  listPartners(): Promise<Partner[]> {
    return guard(reads.listPartners(this.s));
  }

  search(text: string, options?: { limit?: number }): Promise<SearchHit[]> {
    return guard(reads.search(this.s, text, options));
  }

  getRecord<C extends CollectionName>(collection: C, key: string): Promise<Versioned<RecordOf<C>> | null> {
    return guard(reads.getRecord(this.s, collection, key));
  }

  listRecords<C extends CollectionName>(collection: C): Promise<Versioned<RecordOf<C>>[]> {
    return guard(reads.listRecords(this.s, collection));
  }

  create<C extends CollectionName>(collection: C, input: unknown, options: WriteOptions): Promise<Versioned<RecordOf<C>>> {
    return guard(writes.create(this.s, collection, input, options));
  }

  update<C extends CollectionName>(collection: C, key: string, input: unknown, options: UpdateOptions): Promise<Versioned<RecordOf<C>>> {
    return guard(writes.update(this.s, collection, key, input, options));
  }

  delete(collection: CollectionName, key: string, options: UpdateOptions): Promise<void> {
    return guard(writes.remove(this.s, collection, key, options));
  }

  changesSince(revision: number, options?: { limit?: number }): Promise<ChangesSince | null> {
    return guard(reads.changesSince(this.s, revision, options));
  }

  history(collection: CollectionName, key: string): Promise<AuditEntry[]> {
    return guard(reads.history(this.s, collection, key));
  }

  lastUpdated(revision?: number): Promise<Revision> {
    return guard(lastUpdated(this.s, revision));
  }

  datasetAt(when: RecordedOn): Promise<RecordsAt> {
    return guard(datasetAt(this.s, when));
  }

  changesBetween(since: number, options?: { until?: number; limit?: number; after?: string }): Promise<SyncPage> {
    return guard(changesBetween(this.s, since, options));
  }

  recentChanges(limit?: number): Promise<AuditEntry[]> {
    return guard(reads.recentChanges(this.s, limit));
  }

  importDataset(json: string | unknown, options: ImportOptions): Promise<ImportReport> {
    return guard(importDataset(this.s, json, options));
  }

  exportDataset(): Promise<string> {
    return guard(exportDataset(this.s));
  }

  exportCsv(collection: CollectionName): Promise<string> {
    return guard(exportCsv(this.s, collection));
  }

  integrityCheck(): Promise<Problem[]> {
    return guard(integrityCheck(this.s));
  }

  /** Seeds an empty, never-seeded store with `raw` (validated like any import); true when it did. */
  seedIfEmpty(raw: () => Promise<unknown>): Promise<boolean> {
    return guard(seedIfEmpty(this.s, raw));
  }
}
