import { type HTMLElement, parse } from "node-html-parser";

/**
 * Gives every body cell of each table in `html` its column's heading as `data-label`, and the
 * table's parts their ARIA roles. On a phone the cells are laid out as label–value rows by CSS
 * alone (see ResponsiveTable.astro), which needs the label on the cell itself; the roles keep the
 * table a table for screen readers once CSS has changed its display.
 */
export function labelTableCells(html: string): string {
  const root = parse(html);
  for (const table of root.querySelectorAll("table")) labelTable(table);
  return root.toString();
}

const text = (cell: HTMLElement) => cell.textContent.replace(/\s+/g, " ").trim();
const cellsOf = (row: HTMLElement) => row.childNodes.filter((n): n is HTMLElement => isElement(n) && /^t[hd]$/i.test(n.tagName));
const isElement = (node: unknown): node is HTMLElement => (node as HTMLElement).nodeType === 1;
const span = (cell: HTMLElement) => Math.max(1, Number(cell.getAttribute("colspan") ?? 1) || 1);

function labelTable(table: HTMLElement): void {
  const headRow = table.querySelectorAll("thead tr").at(-1);
  // A table's own heading row names the columns; a spanning heading above it groups them.
  const labels = headRow ? cellsOf(headRow).flatMap((cell) => Array<string>(span(cell)).fill(text(cell))) : [];
  table.setAttribute("role", "table");
  for (const group of table.childNodes.filter(isElement)) {
    if (/^t(head|body|foot)$/i.test(group.tagName)) group.setAttribute("role", "rowgroup");
  }
  for (const row of table.querySelectorAll("tr")) {
    row.setAttribute("role", "row");
    const inHead = row.parentNode?.tagName === "THEAD";
    let column = 0;
    for (const cell of cellsOf(row)) {
      const th = cell.tagName === "TH";
      cell.setAttribute("role", inHead ? "columnheader" : th ? "rowheader" : "cell");
      const label = labels[column];
      // A cell spanning the whole row ("无", a section's heading) belongs to no one column.
      if (!inHead && label && span(cell) < labels.length && !cell.hasAttribute("data-label"))
        cell.setAttribute("data-label", label);
      // Whitespace alone counts as empty, so CSS can drop a blank label–value row on a phone.
      if (!inHead && text(cell) === "" && cell.querySelector("img, svg, a") === null) cell.set_content("");
      column += span(cell);
    }
  }
}
