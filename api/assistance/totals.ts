import type { AssistanceKind, AssistanceReason } from "./labels.ts";

interface RowFigures {
  householdSize: number;
  amount: number;
  reason: AssistanceReason;
}

export interface AssistanceFigures {
  households: number;
  people: number;
  /** Fen. */
  amount: number;
}

export const figuresOf = (rows: readonly Omit<RowFigures, "reason">[]): AssistanceFigures => ({
  households: rows.length,
  people: rows.reduce((s, r) => s + r.householdSize, 0),
  amount: rows.reduce((s, r) => s + r.amount, 0),
});

/** A list's households, people and amount by reason, in the order of the reasons' first rows. */
export function totalsByReason(rows: readonly RowFigures[]): (AssistanceFigures & { reason: AssistanceReason })[] {
  const groups = new Map<AssistanceReason, RowFigures[]>();
  for (const r of rows) groups.set(r.reason, [...(groups.get(r.reason) ?? []), r]);
  return [...groups].map(([reason, group]) => ({ reason, ...figuresOf(group) }));
}

/**
 * A community's standing lists (corrections replace what they correct) added up by kind of
 * assistance: how many lists, households, people and how much money.
 */
export function totalsByKind(
  lists: readonly { kind: AssistanceKind; superseded: boolean; rows: readonly RowFigures[] }[],
): (AssistanceFigures & { kind: AssistanceKind; lists: number })[] {
  const groups = new Map<AssistanceKind, (typeof lists)[number][]>();
  for (const l of lists.filter((x) => !x.superseded)) groups.set(l.kind, [...(groups.get(l.kind) ?? []), l]);
  return [...groups].map(([kind, group]) => ({ kind, lists: group.length, ...figuresOf(group.flatMap((l) => l.rows)) }));
}
