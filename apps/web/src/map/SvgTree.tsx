// Renders an SvgElement tree as React elements (server components: no client JavaScript).
import { createElement, type ReactNode } from "react";
import type { SvgChild } from "./svg";

/** React's name for an SVG attribute: `class` → `className`, `stroke-width` → `strokeWidth`; aria-* and data-* stay. */
function propName(attr: string): string {
  if (attr === "class") return "className";
  if (attr.startsWith("aria-") || attr.startsWith("data-")) return attr;
  return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function render(node: SvgChild, key: number): ReactNode {
  if (typeof node === "string") return node;
  const props: Record<string, unknown> = { key };
  for (const [k, v] of Object.entries(node.attrs)) if (v !== undefined) props[propName(k)] = v;
  return createElement(node.tag, props, ...node.children.map((c, i) => render(c, i)));
}

export function SvgTree({ node }: { node: SvgChild }) {
  return <>{render(node, 0)}</>;
}
