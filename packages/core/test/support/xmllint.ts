// Runs Debian's xmllint (package libxml2-utils) on IATI XML: schema validation and XPath queries.
// The tests that use it fail, never skip, when it is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The IATI 2.03 activities schema shipped with core (its imports sit beside it). */
export const IATI_ACTIVITIES_XSD = fileURLToPath(import.meta.resolve("@partnership-atlas/core/iati-2.03/iati-activities-schema.xsd"));

/** xmllint's version line; throws with the fix when xmllint is not installed. */
export function xmllintVersion(): string {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    throw new Error("xmllint is not installed: the IATI tests need it (Debian: apt-get install -y libxml2-utils; npm test installs it as root)");
  }
  return (r.stderr || r.stdout).split("\n")[0] ?? "";
}

/** Writes `xml` to a temporary file, runs `fn` on its path, removes it. */
export function withXmlFile<T>(xml: string, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "atlas-iati-"));
  try {
    const path = join(dir, "activities.xml");
    writeFileSync(path, xml);
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Validates against the IATI activities schema: xmllint's exit status and its messages. */
export function validateIati(xml: string): { status: number | null; messages: string } {
  xmllintVersion();
  return withXmlFile(xml, (path) => {
    const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", IATI_ACTIVITIES_XSD, path], { encoding: "utf8" });
    return { status: r.status, messages: `${r.stdout}${r.stderr}`.trim() };
  });
}

/** The string value of each node an XPath selects, in document order. */
export function xpathValues(xml: string, expr: string): string[] {
  xmllintVersion();
  return withXmlFile(xml, (path) => {
    const count = Number(execFileSync("xmllint", ["--nonet", "--xpath", `count(${expr})`, path], { encoding: "utf8" }).trim());
    const values: string[] = [];
    for (let i = 1; i <= count; i++) {
      // xmllint ends a string result with one newline of its own.
      const out = execFileSync("xmllint", ["--nonet", "--xpath", `string((${expr})[${i}])`, path], { encoding: "utf8" });
      values.push(out.endsWith("\n") ? out.slice(0, -1) : out);
    }
    return values;
  });
}
