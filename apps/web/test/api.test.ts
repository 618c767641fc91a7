// The JSON API: answers, 400s that name the parameter, and the OpenAPI document.
import { describe, expect, inject, it } from "vitest";

const baseURL = inject("baseURL");
const get = (path: string) => fetch(new URL(path, baseURL));

describe("/api/v1", () => {
  it("computes a profile for the date asked", async () => {
    const res = await get("/api/v1/partners/cn?asOf=2022-06-01");
    expect(res.status).toBe(200);
    const body = await res.json();
    const exact = (n: number) => ({ low: n, high: n, certainty: "exact", reasons: [] });
    expect(body.headline).toMatchObject({ ratified: exact(26), fundamental: exact(4), governance: exact(2), technical: exact(20) });
  });

  it.each([
    ["/api/v1/partners/cn?asOf=2022-02-30", "asOf"],
    ["/api/v1/partners/cn?asOf=yesterday", "asOf"],
    ["/api/v1/partners?asOf=2022-13-01", "asOf"],
    ["/api/v1/partners/CN!", "id"],
    ["/api/v1/instruments?category=important", "category"],
    ["/api/v1/instruments?status=new", "status"],
    ["/api/v1/instruments/C1", "code"],
    ["/api/v1/ratifications", "state"],
    ["/api/v1/ratifications?state=China", "state"],
    ["/api/v1/search?q=", "q"],
    ["/data/compare.csv?ids=cn", "ids"],
  ])("%s answers 400 naming %s", async (path, parameter) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message.startsWith(parameter)).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it("answers 404 for a partner that does not exist", async () => {
    const res = await get("/api/v1/partners/atlantis");
    expect(res.status).toBe(404);
  });

  it("lists a State's ratifications and an instrument's ratifying States", async () => {
    const r = await (await get("/api/v1/ratifications?state=cn&asOf=2022-06-01")).json();
    expect(r.total).toEqual({ low: 26, high: 26, certainty: "exact", reasons: [] });
    const i = await (await get("/api/v1/instruments/C155?asOf=2022-06-09")).json();
    expect(i.category).toBe("technical");
    expect(i.ratifications.some((x: { state: string }) => x.state === "CN")).toBe(true);
    const j = await (await get("/api/v1/instruments/C155?asOf=2022-06-10")).json();
    expect(j.category).toBe("fundamental");
  });

  it("publishes an OpenAPI 3.1 document generated from the schemas", async () => {
    const doc = await (await get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/partners", "/api/v1/partners/{id}", "/api/v1/instruments", "/api/v1/ratifications", "/api/v1/search"]),
    );
    const asOf = doc.paths["/api/v1/partners/{id}"].get.parameters.find((p: { name: string }) => p.name === "asOf");
    expect(asOf.schema.type).toBe("string");
    expect(doc.components.schemas.ProfileResponse.properties.partner.$ref).toBe("#/components/schemas/Partner");
    expect(doc.components.schemas.Partner).toBeDefined();
  });
});
