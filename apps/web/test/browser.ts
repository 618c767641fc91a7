// Debian's Chromium through playwright-core, with the flags these machines need.
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Parses RFC 4180 CSV into rows of fields: core's reader, beside the writer the site uses. */
export { parseCsvRows as parseCsv } from "@partnership-atlas/core";

/**
 * axe's violations on the page, one line each (rule, help, where). Only violations are collected
 * (`resultTypes`): axe still runs every rule, but does not build the details of what passed,
 * which on a 187-row table is most of its time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
