// Opening a store: URLs, the shared --db / DATABASE_URL / default rule, connection errors, seeding.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { readRawDataset } from "@partnership-atlas/dataset";
import { validateDataset } from "@partnership-atlas/core";
import { describe, expect, test } from "vitest";
import {
  canonicalDatasetText,
  ConfigError,
  ConnectionError,
  defaultDatabaseUrl,
  openStore,
  parseDatabaseUrl,
  resolveDatabaseUrl,
} from "../src/index.js";
import { postgresCase, sqliteCase, tempDir } from "./support/engines.js";


describe("database URLs", () => {
  test("--db beats DATABASE_URL, which beats the default file", () => {
    const env = { DATABASE_URL: "postgres://u@h/db", ATLAS_DATA_DIR: "/data/atlas" };
    expect(resolveDatabaseUrl({ db: "sqlite:x.db", env })).toBe("sqlite:x.db");
    expect(resolveDatabaseUrl({ env })).toBe("postgres://u@h/db");
    expect(resolveDatabaseUrl({ db: "  ", env: { ATLAS_DATA_DIR: "/data/atlas" } })).toBe("sqlite:/data/atlas/atlas.db");
    expect(defaultDatabaseUrl({})).toBe(`sqlite:${path.join(process.cwd(), ".atlas", "atlas.db")}`);
  });

  test("an unknown scheme is a ConfigError naming the scheme and where the URL came from", () => {
    expect(() => resolveDatabaseUrl({ env: { DATABASE_URL: "mysql://root:secret@db/atlas" } })).toThrow(
      /unknown database URL scheme "mysql:" in "mysql:\/\/root:\*\*\*@db\/atlas".*\(from DATABASE_URL\)/,
    );
    expect(() => parseDatabaseUrl("atlas.db")).toThrow(ConfigError);
    expect(() => parseDatabaseUrl("postgres://u@h:5432")).toThrow(/names no database/);
    expect(() => parseDatabaseUrl("sqlite:")).toThrow(/names no file/);
  });

  test("sqlite: URLs resolve relative paths against the working directory", () => {
    expect(parseDatabaseUrl("sqlite:data/a.db")).toMatchObject({ engine: "sqlite", file: path.resolve("data/a.db") });
    expect(parseDatabaseUrl("sqlite:///var/a.db")).toMatchObject({ file: "/var/a.db" });
  });

  test("openStore refuses an unknown scheme before touching anything", async () => {
    await expect(openStore("redis://localhost/0")).rejects.toBeInstanceOf(ConfigError);
  });
});

describe("connection errors", () => {
  test("an unreachable PostgreSQL server is a ConnectionError that hides the password", async () => {
    const attempt = openStore("postgres://atlas:hunter2@127.0.0.1:1/atlas");
    await expect(attempt).rejects.toBeInstanceOf(ConnectionError);
    await expect(attempt).rejects.toThrow("cannot reach PostgreSQL at postgres://atlas:***@127.0.0.1:1/atlas: connection refused");
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });

  test("a file that is not a SQLite database is a ConnectionError naming the file", async () => {
    const file = path.join(tempDir(), "not-a-db.db");
    writeFileSync(file, "this is a text file, not a database ".repeat(200));
    await expect(openStore(`sqlite:${file}`)).rejects.toThrow(new RegExp(`cannot open the SQLite database ${file}: file is not a database`));
  });
});

describe("seeding", () => {
  const shipped = () => {
    const result = validateDataset(readRawDataset());
    if (!result.ok) throw new Error("the shipped dataset is invalid");
    return canonicalDatasetText(result.dataset);
  };

  test("a new SQLite store is created, migrated and seeded from the dataset package, once", async () => {
    const url = await sqliteCase.freshUrl();
    const store = await openStore(url);
    try {
      expect(await store.exportDataset()).toBe(shipped());
      expect(await store.revision()).toBe(1);
      expect((await store.recentChanges(1))[0]?.actor).toBe("seed");
      expect(await store.integrityCheck()).toEqual([]);
    } finally {
      await store.close();
    }
    const again = await openStore(url);
    try {
      expect(await again.revision()).toBe(1);
    } finally {
      await again.close();
    }
  });

  test("PostgreSQL is not seeded unless asked, and seeds the same records when asked", async () => {
    const plain = await openStore(await postgresCase.freshUrl());
    try {
      expect((await plain.loadDataset()).instruments).toEqual([]);
    } finally {
      await plain.close();
    }
    const seeded = await openStore(await postgresCase.freshUrl(), { seed: true });
    try {
      expect(await seeded.exportDataset()).toBe(shipped());
    } finally {
      await seeded.close();
    }
  });
});
