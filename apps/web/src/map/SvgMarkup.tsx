// Puts a drawing's SVG text in the page. The text comes from svgText, which escapes every
// attribute and text node, so no record content can become markup; React then has one string to
// send instead of a thousand elements to render (the map page renders several times faster).
export function SvgMarkup({ markup, className }: { markup: string; className?: string }) {
  return <div className={className ?? "svg-box"} dangerouslySetInnerHTML={{ __html: markup }} />;
}
