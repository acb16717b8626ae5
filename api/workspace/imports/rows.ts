import type { FieldIssue } from "../../errors.ts";

/** One problem of an uploaded sheet, as the table of row errors shows it. */
export interface RowProblem {
  row: number;
  /** The column's header as the template writes it, when the message names one. */
  column: string;
  message: string;
}

const ROW_FIELD = /^file\.row(\d+)\./;
// The sheet reader writes 第N行「表头」detail; the row and header get columns of their own.
const NAMED_CELL = /^第\d+行「([^」]+)」(.*)$/s;

/**
 * Splits an import's refusal into the problems of individual rows (`file.row<N>.<field>`), for
 * the table, and every other issue (the file as a whole, the target fields), for the form.
 */
export function splitRowProblems(issues: readonly FieldIssue[]): { rows: RowProblem[]; rest: FieldIssue[] } {
  const rows: RowProblem[] = [];
  const rest: FieldIssue[] = [];
  for (const issue of issues) {
    const row = ROW_FIELD.exec(issue.field)?.[1];
    if (row === undefined) {
      rest.push(issue);
      continue;
    }
    const named = NAMED_CELL.exec(issue.message);
    rows.push({
      row: Number(row),
      column: named?.[1] ?? "",
      message: named ? named[2]?.trim() || issue.message : issue.message.replace(/^第\d+行/, ""),
    });
  }
  rows.sort((a, b) => a.row - b.row);
  return { rows, rest };
}
