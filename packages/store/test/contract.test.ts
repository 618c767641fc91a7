// The store's contract, run against every engine: the same behaviour on SQLite and PostgreSQL.
import { type InstrumentCode, type IsoDate, type PartnerId, partnerProfile, validateDataset } from "@partnership-atlas/core";
import { afterEach, describe, expect, test } from "vitest";
import {
  ConflictError,
  NotFoundError,
  openStore,
  ReferencedError,
  type Store,
  ValidationError,
} from "../src/index.js";
import { ENGINES } from "./support/engines.js";
import { sampleDatasetInput as fixtureInput } from "@partnership-atlas/core/sample";

const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe.each(ENGINES)("$engine store", ({ engine, freshUrl }) => {
  async function fresh(): Promise<Store> {
    const store = await openStore(await freshUrl(), { seed: false });
    open.push(store);
    return store;
  }
  async function loaded(): Promise<Store> {
    const store = await fresh();
    await store.importDataset(fixtureInput(), { mode: "replace", actor: "test", note: "test correction" });
    return store;
  }
  async function second(store: Store): Promise<Store> {
    const other = await openStore(rawUrl.get(store)!, { seed: false });
    open.push(other);
    return other;
  }
  const rawUrl = new Map<Store, string>();
  async function freshWithUrl(): Promise<Store> {
    const url = await freshUrl();
    const store = await openStore(url, { seed: false });
    rawUrl.set(store, url);
    open.push(store);
    await store.importDataset(fixtureInput(), { mode: "replace", actor: "test", note: "test correction" });
    return store;
  }

  test("a new store is migrated, empty when not seeded, and at revision 0", async () => {
    const store = await fresh();
    expect(store.engine).toBe(engine);
    expect(await store.revision()).toBe(0);
    const ds = await store.loadDataset();
    expect(ds.schemaVersion).toBe(1);
    expect(ds.instruments).toEqual([]);
    expect(await store.integrityCheck()).toEqual([]);
  });

  test("reopening a store keeps its records and does not migrate twice", async () => {
    const store = await freshWithUrl();
    const before = await store.exportDataset();
    const again = await second(store);
    expect(await again.exportDataset()).toBe(before);
  });

  test("an import stores exactly the dataset core validates, and reads return core types", async () => {
    const store = await loaded();
    const expected = validateDataset(fixtureInput());
    if (!expected.ok) throw new Error("fixture invalid");
    const ds = await store.loadDataset();
    for (const c of ["instruments", "ratifications", "claims"] as const) {
      expect(ds[c]).toHaveLength(expected.dataset[c].length);
    }
    expect((await store.listPartners()).map((p) => p.id)).toEqual(["cn"]);
    expect((await store.listRecords("instruments")).map((i) => i.record.code)).toEqual(["C015", "C029", "C059", "C100", "C122", "C138", "C155", "P029"]);
    const c155 = await store.getRecord("instruments", "C155");
    expect(c155?.record.classification).toHaveLength(2);
    expect(await store.getRecord("instruments", "C999")).toBeNull();
    expect(ds.ratifications.filter((r) => r.instrument === "C138").map((r) => r.state)).toEqual(["CN"]);
    expect(await store.revision()).toBe(1);
  });

  test("a partner's profile data holds its records, its State's ratifications, instruments, themes and sources", async () => {
    const store = await loaded();
    const ds = await store.loadPartnerDataset("cn" as PartnerId);
    expect(ds).not.toBeNull();
    expect(ds!.partners.map((p) => p.id)).toEqual(["cn"]);
    expect(ds!.memberStates.map((m) => m.code)).toEqual(["CN", "KH"]);
    expect(ds!.ratifications).toHaveLength(7);
    expect(ds!.agreements).toHaveLength(2);
    expect(ds!.claims).toHaveLength(6);
    expect(ds!.instruments).toHaveLength(8);
    expect(ds!.sources.length).toBeGreaterThan(0);
    expect(await store.loadPartnerDataset("zz" as PartnerId)).toBeNull();
  });

  test("a member State without a Partner record answers under its lower-case code, with its State, ratifications and coverage", async () => {
    const store = await loaded();
    const ds = await store.loadPartnerDataset("kh" as PartnerId);
    expect(ds).not.toBeNull();
    expect(ds!.partners).toEqual([]);
    expect(ds!.memberStates.map((m) => m.code)).toEqual(["KH"]);
    expect(ds!.ratifications.every((r) => r.state === "KH")).toBe(true);
    expect(ds!.coverage).toEqual((await store.loadDataset()).coverage);
    expect(ds!.agreements).toEqual([]);
    const profile = partnerProfile(ds!, "kh" as PartnerId, "2026-11-30" as IsoDate);
    expect(profile?.curated).toBe(false);
    expect(profile?.memberState?.code).toBe("KH");
  });

  test("search finds partners, instruments, agreements and projects, case-insensitively", async () => {
    const store = await loaded();
    const belt = await store.search("BELT AND road");
    expect(belt.map((h) => [h.kind, h.key, h.partner])).toEqual([["agreement", "cn-2019-mohrss-bri", "cn"]]);
    expect(belt[0]!.snippet).toContain("Belt and Road");
    const forced = await store.search("forced labour");
    expect(forced.map((h) => h.key)).toEqual(["C029", "P029"]);
    expect((await store.search("china")).map((h) => h.kind)).toContain("partner");
    expect((await store.search("skills")).map((h) => [h.kind, h.key])).toContainEqual(["project", "cn-sstc-skills"]);
    expect(await store.search("%")).toEqual([]);
    expect(await store.search("   ")).toEqual([]);
    expect(await store.search("convention", { limit: 3 })).toHaveLength(3);
  });

  test("a correction (update, delete, or an import changing stored records) without a note is refused on `note` and writes nothing", async () => {
    const store = await loaded();
    const theme = (await store.getRecord("themes", "maritime-labour"))!;
    const refusedOn = async (attempt: Promise<unknown>) => {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.path.at(-1))).toEqual(["note"]);
      expect((error as ValidationError).message).toMatch(/needs a note saying why/);
    };
    const spare = await store.create("themes", { id: "spare-theme", label: "Spare" }, { actor: "bob" });
    const revision = await store.revision();
    await refusedOn(store.update("themes", "maritime-labour", { ...theme.record, label: "Jobs" }, { actor: "bob", expectedVersion: theme.version }));
    await refusedOn(store.update("themes", "maritime-labour", { ...theme.record, label: "Jobs" }, { actor: "bob", expectedVersion: theme.version, note: "   " }));
    await refusedOn(store.delete("themes", "spare-theme", { actor: "bob", expectedVersion: spare.version }));
    expect(await store.getRecord("themes", "spare-theme")).not.toBeNull();
    await refusedOn(store.importDataset({ schemaVersion: 1, themes: [{ ...theme.record, label: "Jobs" }] }, { mode: "merge" }));
    // A dry run writes nothing, so it needs no note: it says what the import would change.
    const dry = await store.importDataset({ schemaVersion: 1, themes: [{ ...theme.record, label: "Jobs" }] }, { mode: "merge", dryRun: true });
    expect(dry.changed).toEqual([{ collection: "themes", key: "maritime-labour" }]);
    expect(await store.revision()).toBe(revision);
    expect((await store.getRecord("themes", "maritime-labour"))?.record.label).toBe(theme.record.label);
    // A new fact needs no note; a correction with one goes ahead and keeps it.
    await store.importDataset({ schemaVersion: 1, themes: [{ id: "new-theme", label: "New" }] }, { mode: "merge" });
    await store.update("themes", "maritime-labour", { ...theme.record, label: "Jobs" }, { actor: "bob", expectedVersion: theme.version, note: "shorter label" });
    expect((await store.history("themes", "maritime-labour")).at(-1)?.note).toBe("shorter label");
  });

  test("create, update and delete bump versions and append who, when, before and after to the audit log", async () => {
    const store = await loaded();
    const theme = { id: "skills-development", label: "Skills development", dacPurposeCode: "11330" };
    const created = await store.create("themes", theme, { actor: "alice" });
    expect(created).toMatchObject({ key: "skills-development", version: 1, updatedBy: "alice" });
    const updated = await store.update("themes", "skills-development", { ...theme, label: "Skills" }, { actor: "bob", expectedVersion: 1, note: "test correction" });
    expect(updated.version).toBe(2);
    expect((await store.getRecord("themes", "skills-development"))?.record.label).toBe("Skills");
    await store.delete("themes", "skills-development", { actor: "carol", expectedVersion: 2, note: "test correction" });
    expect(await store.getRecord("themes", "skills-development")).toBeNull();
    const history = await store.history("themes", "skills-development");
    expect(history.map((h) => [h.action, h.actor, h.version])).toEqual([
      ["create", "alice", 1],
      ["update", "bob", 2],
      ["delete", "carol", 2],
    ]);
    expect(history[1]!.before).toMatchObject({ label: "Skills development" });
    expect(history[1]!.after).toMatchObject({ label: "Skills" });
    expect(history[2]!.after).toBeNull();
    expect(Date.parse(history[0]!.at)).not.toBeNaN();
    expect((await store.recentChanges(1))[0]!.action).toBe("delete");
    expect(await store.revision()).toBe(4);
  });

  test("an update from a stale version is a conflict naming the record and who changed it when, and writes nothing", async () => {
    const store = await loaded();
    const read = await store.getRecord("instruments", "C029");
    const changed = { ...read!.record, title: "Forced Labour Convention, 1930 (edited)" };
    await store.update("instruments", "C029", changed, { actor: "alice", expectedVersion: read!.version, note: "test correction" });
    const revision = await store.revision();
    const stale = store.update("instruments", "C029", { ...read!.record, title: "Other" }, { actor: "bob", expectedVersion: read!.version, note: "test correction" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/instruments "C029" was changed by alice at \d{4}-\d\d-\d\dT.*now version 2, you read version 1/);
    expect((await store.getRecord("instruments", "C029"))?.record.title).toBe(changed.title);
    expect(await store.revision()).toBe(revision);
  });

  test("updating a record someone deleted is a conflict saying who deleted it; an unknown record is not found", async () => {
    const store = await loaded();
    const theme = await store.create("themes", { id: "employment", label: "Employment" }, { actor: "alice" });
    await store.delete("themes", "employment", { actor: "dora", expectedVersion: theme.version, note: "test correction" });
    const late = store.update("themes", "employment", { id: "employment", label: "Jobs" }, { actor: "bob", expectedVersion: 1, note: "test correction" });
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toThrow(/was deleted by dora/);
    await expect(store.update("themes", "nothing", { id: "nothing", label: "x" }, { actor: "bob", expectedVersion: 1, note: "test correction" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  test("a record that fails core validation is refused with the field's path, and nothing is written", async () => {
    const store = await loaded();
    const revision = await store.revision();
    const audited = (await store.recentChanges(1000)).length;
    const bad = store.create("agreements", { id: "Not An Id", partner: "cn", title: "" }, { actor: "alice" });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    const error = (await bad.catch((e: unknown) => e)) as ValidationError;
    expect(error.problems.map((p) => p.at)).toContain("agreements.id");
    expect(error.message).toMatch(/the agreement has \d+ problems; nothing was written/);
    expect(await store.revision()).toBe(revision);
    expect(await store.recentChanges(1000)).toHaveLength(audited);
  });

  test("a write that breaks a cross-record rule is refused: a ratification of an instrument that does not exist", async () => {
    const store = await loaded();
    const revision = await store.revision();
    const ratification = {
      state: "CN",
      instrument: "C187",
      registeredOn: "2010-01-01",
      history: [{ status: "in-force", from: "2010-01-01", evidence: "unverified", sources: [] }],
      evidence: "unverified",
      sources: [],
    };
    const attempt = store.create("ratifications", ratification, { actor: "alice" });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(/ratifications\["CN-C187"\]\.instrument: refers to instrument "C187", which is not in instruments/);
    await expect(store.create("themes", { id: "social-protection", label: "Again" }, { actor: "alice" })).rejects.toThrow(/already a theme "social-protection"/);
    await expect(
      store.update("themes", "social-protection", { id: "renamed", label: "Social protection" }, { actor: "a", expectedVersion: 1, note: "test correction" }),
    ).rejects.toThrow(/cannot change its key/);
    expect(await store.revision()).toBe(revision);
  });

  test("deleting an instrument that ratifications reference is refused with a message naming them", async () => {
    const store = await loaded();
    const revision = await store.revision();
    const attempt = store.delete("instruments", "C138", { actor: "alice", expectedVersion: 1, note: "test correction" });
    await expect(attempt).rejects.toBeInstanceOf(ReferencedError);
    const error = (await attempt.catch((e: unknown) => e)) as ReferencedError;
    // C059's automatic denunciation by C138 depends on it too.
    expect(error.dependents).toEqual([
      { collection: "ratifications", key: "CN-C059" },
      { collection: "ratifications", key: "CN-C138" },
    ]);
    expect(error.message).toContain("ratifications CN-C059, ratifications CN-C138");
    await expect(store.delete("partners", "cn", { actor: "alice", expectedVersion: 1, note: "test correction" })).rejects.toThrow(/agreements cn-2019-mohrss-bri/);
    await expect(store.delete("sources", "s19", { actor: "alice", expectedVersion: 1, note: "test correction" })).rejects.toBeInstanceOf(ReferencedError);
    expect(await store.getRecord("instruments", "C138")).not.toBeNull();
    expect(await store.revision()).toBe(revision);
  });

  test("a dry run reports exactly what would be added, changed and removed, and writes nothing", async () => {
    const store = await loaded();
    const before = await store.exportDataset();
    const next = fixtureInput();
    next.themes.push({ id: "employment", label: "Employment", dacPurposeCode: "16020" });
    next.instruments[0]!.title = "Forced Labour Convention, 1930 (No. 29)";
    next.claims = next.claims.filter((c) => c.id !== "cn-page-bri");
    const expected = {
      added: [{ collection: "themes", key: "employment" }],
      changed: [{ collection: "instruments", key: "C029" }],
      removed: [{ collection: "claims", key: "cn-page-bri" }],
    };
    const dry = await store.importDataset(JSON.stringify(next), { mode: "replace", dryRun: true, note: "test correction" });
    expect(dry).toMatchObject({ dryRun: true, mode: "replace", ...expected });
    expect(await store.exportDataset()).toBe(before);
    expect(await store.revision()).toBe(1);
    const real = await store.importDataset(JSON.stringify(next), { mode: "replace", actor: "importer", note: "test correction" });
    expect(real).toMatchObject({ dryRun: false, ...expected, unchanged: dry.unchanged });
    expect((await store.getRecord("instruments", "C029"))?.version).toBe(2);
    expect((await store.getRecord("instruments", "C100"))?.version).toBe(1);
    expect(await store.getRecord("claims", "cn-page-bri")).toBeNull();
    expect((await store.history("instruments", "C029")).at(-1)).toMatchObject({ action: "import", actor: "importer", version: 2 });
    expect(await store.revision()).toBe(2);
  });

  test("a merge import upserts by key, keeps other records, and may refer to records already stored", async () => {
    const store = await loaded();
    const partial = {
      schemaVersion: 1,
      themes: [{ id: "employment", label: "Employment" }],
      agreements: [{ ...fixtureInput().agreements[1]!, id: "cn-2020-new", themes: ["employment"], title: "New agreement" }],
    };
    const report = await store.importDataset(partial, { mode: "merge" });
    expect(report.added).toEqual([
      { collection: "themes", key: "employment" },
      { collection: "agreements", key: "cn-2020-new" },
    ]);
    expect(report.removed).toEqual([]);
    expect((await store.loadDataset()).agreements).toHaveLength(3);
    const dangling = { schemaVersion: 1, agreements: [{ ...partial.agreements[0]!, id: "cn-2021", partner: "nobody" }] };
    await expect(store.importDataset(dangling, { mode: "merge" })).rejects.toThrow(/agreements\["cn-2021"\]\.partner: refers to partner "nobody"/);
  });

  test("export → import (replace) → export is byte-identical, also into another store", async () => {
    const store = await loaded();
    const first = await store.exportDataset();
    expect(first.endsWith("}\n")).toBe(true);
    const report = await store.importDataset(first, { mode: "replace" });
    expect(report.added.length + report.changed.length + report.removed.length).toBe(0);
    expect(await store.exportDataset()).toBe(first);
    const other = await fresh();
    await other.importDataset(first, { mode: "replace" });
    expect(await other.exportDataset()).toBe(first);
    expect(validateDataset(JSON.parse(first)).ok).toBe(true);
  });

  test("CSV export has a header of the schema's fields and one quoted-as-needed row per record", async () => {
    const store = await loaded();
    const csv = await store.exportCsv("agreements");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("evidence,sources,fieldEvidence,note,id,partner,kind,title,signedOn,place,amends,parties,frameworks,themes,summary");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"[{""source"":""c10""}]"');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  test("the integrity check passes on a good store", async () => {
    const store = await loaded();
    expect(await store.integrityCheck()).toEqual([]);
  });

  test("changesSince lists each record written after a revision, once, and says when the log cannot tell", async () => {
    const store = await loaded();
    const start = await store.revision();
    expect(await store.changesSince(start)).toEqual({ revision: start, changes: [] });
    const theme = await store.create("themes", { id: "employment", label: "Employment" }, { actor: "alice" });
    await store.update("themes", "employment", { id: "employment", label: "Jobs" }, { actor: "alice", expectedVersion: theme.version, note: "test correction" });
    const c029 = (await store.getRecord("instruments", "C029"))!;
    await store.update("instruments", "C029", { ...c029.record, title: "Forced Labour Convention" }, { actor: "bob", expectedVersion: c029.version, note: "test correction" });
    await store.delete("claims", "cn-page-bri", { actor: "bob", expectedVersion: 1, note: "test correction" });
    expect(await store.changesSince(start)).toEqual({
      revision: start + 4,
      changes: [
        { collection: "themes", key: "employment" },
        { collection: "instruments", key: "C029" },
        { collection: "claims", key: "cn-page-bri" },
      ],
    });
    expect(await store.changesSince(start + 3)).toEqual({ revision: start + 4, changes: [{ collection: "claims", key: "cn-page-bri" }] });
    expect((await store.history("claims", "cn-page-bri")).at(-1)?.revision).toBe(start + 4);
    expect(await store.changesSince(start, { limit: 2 })).toBeNull();
    expect(await store.changesSince(start + 5)).toBeNull();
    // The import that loaded the fixture wrote every record at revision 1: more than the limit.
    expect(await store.changesSince(0, { limit: 10 })).toBeNull();
    const fixtureRecords = Object.values(fixtureInput()).filter(Array.isArray).flat().length;
    expect((await store.changesSince(0))?.changes).toHaveLength(fixtureRecords + 1);
  });

  test("two writers updating the same record from the same read version, 100 times: exactly one wins each time", async () => {
    const a = await freshWithUrl();
    const b = await second(a);
    const auditBefore = (await a.history("themes", "maritime-labour")).length;
    let wins = 0;
    for (let i = 0; i < 100; i++) {
      const read = (await a.getRecord("themes", "maritime-labour"))!;
      const results = await Promise.allSettled([
        a.update("themes", "maritime-labour", { ...read.record, label: `A ${i}` }, { actor: "a", expectedVersion: read.version, note: "test correction" }),
        b.update("themes", "maritime-labour", { ...read.record, label: `B ${i}` }, { actor: "b", expectedVersion: read.version, note: "test correction" }),
      ]);
      const ok = results.filter((r) => r.status === "fulfilled");
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(ok).toHaveLength(1);
      expect(failed).toHaveLength(1);
      expect(failed[0]!.reason).toBeInstanceOf(ConflictError);
      wins += ok.length;
    }
    const final = (await b.getRecord("themes", "maritime-labour"))!;
    expect(final.version).toBe(1 + wins);
    expect((await a.history("themes", "maritime-labour")).length - auditBefore).toBe(100);
  });
});

describe("both engines", () => {
  test("hold the same logical schema: the same import exports the same bytes from SQLite and PostgreSQL", async () => {
    const texts: string[] = [];
    for (const { freshUrl } of ENGINES) {
      const store = await openStore(await freshUrl(), { seed: false });
      open.push(store);
      await store.importDataset(fixtureInput(), { mode: "replace" });
      texts.push(await store.exportDataset());
    }
    expect(texts[1]).toBe(texts[0]);
  });

  test("records a read returns are frozen, since reads share parsed records", async () => {
    const store = await openStore(await ENGINES[0]!.freshUrl(), { seed: false });
    open.push(store);
    await store.importDataset(fixtureInput(), { mode: "replace" });
    const [partner] = await store.listPartners();
    expect(Object.isFrozen(partner)).toBe(true);
    expect(() => {
      (partner as { name: string }).name = "changed";
    }).toThrow(TypeError);
    expect((await store.listPartners())[0]!.name).toBe("China");
  });
});
