// Layout and accessibility in every language: each page type loaded once per language at 1280 px
// and checked with axe; on the China profile the contributions chart is measured (no label over its
// bar or value, nothing past the chart) and a Chinese date cell stays on one line; at 390 px the
// chart's text is at least 11 px and the chart fits the screen, and Chinese short cells (dates,
// counts, headings) are not broken over lines.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser } from "./browser";

const baseURL = inject("baseURL");
const LANGS = ["en", "zh", "fr", "es"] as const;
/** One address per page type. */
const PAGE_TYPES = [
  ["home", "/"],
  ["State profile", "/partners/cn"],
  ["instrument", "/instruments/C187"],
  ["instruments", "/instruments"],
  ["compare", "/compare?ids=cn,br,kr"],
  ["search", "/search?q=C187"],
  ["about", "/about"],
  ["map", "/map"],
  ["not found", "/no-such-page"],
] as const;

const at = (lang: (typeof LANGS)[number], path: string) => (lang === "en" ? path : `/${lang}${path === "/" ? "" : path}`);

let browser: Browser;
let wide: BrowserContext;
let narrow: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  wide = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  narrow = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await wide?.close();
  await narrow?.close();
  await browser?.close();
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface ChartRowBoxes {
  label: string;
  /** Where the label's text is drawn. */
  labelBox: Box;
  /** The drawn bar: the union of the bar's rectangles. */
  barBox: Box;
  /** Where the value's text is drawn. */
  valueBox: Box;
  /** The label's and value's text is wider than their boxes (clipped or hidden). */
  clipped: boolean;
  labelSize: number;
  valueSize: number;
}

/** Every row of the contributions chart, with its label, bar and value boxes and font sizes. */
function chartRows(page: Page): Promise<{ figure: Box; viewport: number; rows: ChartRowBoxes[] }> {
  return page.locator("figure.chart").evaluate((figure) => {
    const box = (el: Element | Range) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const union = (els: (Element | Range)[]) =>
      els.map(box).reduce((a, b) => ({
        left: Math.min(a.left, b.left),
        right: Math.max(a.right, b.right),
        top: Math.min(a.top, b.top),
        bottom: Math.max(a.bottom, b.bottom),
      }));
    // Where the visible text itself is drawn, even if it runs out of its element's box (text
    // for screen readers only, clipped to nothing, is left out).
    const textBox = (el: Element) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const ranges: Range[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest(".visually-hidden") || !n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        ranges.push(range);
      }
      if (ranges.length === 0) throw new Error(`no visible text in ${el.className}`);
      return union(ranges);
    };
    const rows = [...figure.querySelectorAll(".chart-row")].map((row) => {
      const label = row.querySelector(".chart-label");
      const value = row.querySelector(".chart-value");
      const rects = [...row.querySelectorAll(".chart-bar rect")];
      if (!label || !value || rects.length === 0) throw new Error(`chart row without label, value or bar: ${row.textContent}`);
      return {
        label: label.textContent ?? "",
        labelBox: textBox(label),
        barBox: union(rects),
        valueBox: textBox(value),
        clipped: label.scrollWidth > label.clientWidth + 1 || value.scrollWidth > value.clientWidth + 1,
        labelSize: Number.parseFloat(getComputedStyle(label).fontSize),
        valueSize: Number.parseFloat(getComputedStyle(value).fontSize),
      };
    });
    return { figure: box(figure), viewport: document.documentElement.clientWidth, rows };
  });
}

/**
 * The short cells of the page's tables (at most 16 Latin or 8 Chinese characters: "技术",
 * "1930年5月5日", "至少 28", "代码") whose text is broken over more than one line, where a
 * narrow column would wrap Chinese one or two characters per line. Source links may wrap.
 */
function brokenShortCells(page: Page): Promise<string[]> {
  return page.locator(".table-block table").evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...table.querySelectorAll("th, td")].flatMap((cell) => {
        if (cell.querySelector(".source-links")) return [];
        const text = (cell.textContent ?? "").trim();
        const width = [...text].reduce((w, ch) => w + (/[\u2e80-\ua4cf\uff00-\uff60]/u.test(ch) ? 2 : 1), 0);
        if (width < 2 || width > 16) return [];
        // Lines are the vertically separate clusters of the text's boxes (a badge's padding box
        // and its text share one line).
        const range = document.createRange();
        range.selectNodeContents(cell);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
        let lines = 0;
        let bottom = Number.NEGATIVE_INFINITY;
        for (const r of rects) {
          if (r.top >= bottom - 1) {
            lines++;
            bottom = r.bottom;
          } else bottom = Math.max(bottom, r.bottom);
        }
        return lines > 1 ? [text] : [];
      }),
    ),
  );
}

/** Two boxes share some area (a half pixel of touching does not count). */
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

for (const lang of LANGS) {
  describe(`in ${lang} at 1280 px`, () => {
    for (const [type, path] of PAGE_TYPES) {
      const address = at(lang, path);
      it(`the ${type} page (${address}) has no axe violations${type === "State profile" ? ", and its chart no overlapping text" : ""}`, async () => {
        const page = await wide.newPage();
        const res = await page.goto(address);
        expect(res?.status(), `status of ${address}`).toBe(type === "not found" ? 404 : 200);
        const violations = await axeViolations(page);
        expect(violations, violations.join("\n")).toEqual([]);

        if (type === "State profile") {
          const { figure, rows } = await chartRows(page);
          expect(rows.length).toBeGreaterThan(0);
          for (const r of rows) {
            expect(overlaps(r.labelBox, r.barBox), `label "${r.label}" over its bar`).toBe(false);
            expect(overlaps(r.labelBox, r.valueBox), `label "${r.label}" over its value`).toBe(false);
            expect(overlaps(r.barBox, r.valueBox), `bar of "${r.label}" over its value`).toBe(false);
            expect(r.clipped, `text of "${r.label}" clipped`).toBe(false);
            expect(r.valueBox.right, `value of "${r.label}" past the chart`).toBeLessThanOrEqual(figure.right + 0.5);
            expect(r.labelBox.left).toBeGreaterThanOrEqual(figure.left - 0.5);
          }
          // Rows do not run into each other.
          for (let i = 1; i < rows.length; i++) {
            const [above, below] = [rows[i - 1], rows[i]] as [ChartRowBoxes, ChartRowBoxes];
            const bottom = Math.max(above.labelBox.bottom, above.barBox.bottom, above.valueBox.bottom);
            expect(bottom, `row "${above.label}" runs into "${below.label}"`).toBeLessThanOrEqual(Math.min(below.labelBox.top, below.barBox.top) + 0.5);
          }

          if (lang === "zh") {
            // "1930年5月5日" on one line: an inline box broken over lines has one client rect per line.
            const dates = page.locator("#table-ratifications td time");
            expect(await dates.count()).toBeGreaterThan(20);
            const lines = await dates.evaluateAll((els) => els.map((el) => [el.textContent, el.getClientRects().length] as const));
            expect(lines.filter(([, n]) => n !== 1), "date cells broken over lines").toEqual([]);
            expect(await brokenShortCells(page), "short table cells broken over lines").toEqual([]);
          }
        }
        await page.close();
      });
    }
  });
}

describe("the contributions chart at 390 px", () => {
  for (const lang of LANGS) {
    it(`in ${lang}: text at least 11 px, each label above its bar, nothing past the screen${lang === "zh" ? "; short table cells on one line" : ""}`, async () => {
      const page = await narrow.newPage();
      await page.goto(at(lang, "/partners/cn"));
      const { viewport, rows } = await chartRows(page);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.labelSize, `label "${r.label}" font size`).toBeGreaterThanOrEqual(11);
        expect(r.valueSize, `value of "${r.label}" font size`).toBeGreaterThanOrEqual(11);
        expect(r.labelBox.bottom, `label "${r.label}" above its bar`).toBeLessThanOrEqual(r.barBox.top + 0.5);
        expect(overlaps(r.barBox, r.valueBox), `bar of "${r.label}" over its value`).toBe(false);
        expect(r.clipped, `text of "${r.label}" clipped`).toBe(false);
        expect(Math.max(r.labelBox.right, r.valueBox.right, r.barBox.right), `row "${r.label}" past the screen`).toBeLessThanOrEqual(viewport + 0.5);
      }
      if (lang === "zh") expect(await brokenShortCells(page), "short table cells broken over lines").toEqual([]);
      // The page itself does not scroll sideways; wide tables scroll inside their own box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
