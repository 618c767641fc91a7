// A small SVG element tree, written once and serialised two ways: as text for the SVG and PNG
// downloads and, inline, for the pages (SvgMarkup), so both show the same drawing.
export type Attr = string | number | undefined;

export interface SvgElement {
  tag: string;
  attrs: Record<string, Attr>;
  children: SvgChild[];
}

export type SvgChild = SvgElement | string;

/** An element; attributes left undefined are not written. */
export function el(tag: string, attrs: Record<string, Attr> = {}, ...children: (SvgChild | SvgChild[] | null)[]): SvgElement {
  return { tag, attrs, children: children.flat().filter((c): c is SvgChild => c !== null) };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** The element as XML text (a standalone SVG document when it is the root `svg`). */
export function svgText(node: SvgChild): string {
  if (typeof node === "string") return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(svgText).join("")}</${node.tag}>`;
}

/** A standalone SVG file: the XML declaration and the namespaced root. */
export function svgDocument(root: SvgElement): string {
  const withNs = el(root.tag, { xmlns: "http://www.w3.org/2000/svg", ...root.attrs }, ...root.children);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgText(withNs)}\n`;
}
