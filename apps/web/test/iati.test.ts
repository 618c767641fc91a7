// The IATI download: the file validates against the official schema, for everyone and per partner.
import { describe, expect, inject, it } from "vitest";
import { validateIati, xpathValues } from "../../../packages/core/test/support/xmllint.js";

const baseURL = inject("baseURL");
const get = (path: string) => fetch(new URL(path, baseURL));

describe("/data/iati", () => {
  it.each(["/data/iati/activities.xml", "/data/iati/activities.xml?partner=cn"])(
    "%s is IATI 2.03 XML that validates against the schema",
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
      const xml = await res.text();
      const result = validateIati(xml);
      expect(result.messages).toMatch(/validates$/);
      expect(result.status).toBe(0);
      expect(xpathValues(xml, "/iati-activities/@version")).toEqual(["2.03"]);
    },
  );

  it("report.json lists, per record, what the file left out, matching the file's activities", async () => {
    const xml = await (await get("/data/iati/activities.xml?partner=cn")).text();
    const res = await get("/data/iati/report.json?partner=cn");
    expect(res.status).toBe(200);
    const report = (await res.json()) as { partner: string; activities: { identifier: string; exported: boolean; leftOut: unknown[] }[] };
    expect(report.partner).toBe("cn");
    expect(report.activities.filter((a) => a.exported).map((a) => a.identifier)).toEqual(xpathValues(xml, "//iati-identifier"));
    expect(report.activities.every((a) => a.leftOut.length > 0)).toBe(true);
  });

  it("answers 400 naming the parameter for a malformed partner id, and 404 for an unknown one", async () => {
    const bad = await get("/data/iati/activities.xml?partner=CN!");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.parameter).toBe("partner");
    const unknown = await get("/data/iati/activities.xml?partner=atlantis");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain("atlantis");
  });

  it("is documented in the OpenAPI document", async () => {
    const doc = await (await get("/api/v1/openapi.json")).json();
    expect(doc.paths["/data/iati/activities.xml"].get.responses["200"].content).toHaveProperty("application/xml");
    expect(doc.paths["/data/iati/activities.xml"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["partner"]);
    expect(doc.components.schemas.IatiReport).toBeDefined();
  });
});
