import type { DecisionStatus } from "./labels.ts";
import { STAGE_ORDER } from "./rules.ts";

interface StageLike {
  id: string;
  kind: (typeof STAGE_ORDER)[number];
  outcome: "PASSED" | "FAILED" | "NO_QUORUM";
  correctedBy?: { id: string } | null;
}

/** The stages standing (not corrected), in the order they are held. */
export function currentStages<S extends StageLike>(stages: readonly S[]): S[] {
  return stages.filter((s) => !s.correctedBy).sort((a, b) => STAGE_ORDER.indexOf(a.kind) - STAGE_ORDER.indexOf(b.kind));
}

/** Where a decision stands: its last standing stage and whether its result is published. */
export function decisionStatus(stages: readonly StageLike[], hasResult: boolean): DecisionStatus {
  const last = currentStages(stages).at(-1);
  if (!last) return "NOT_STARTED";
  if (last.outcome !== "PASSED") return "STOPPED";
  if (last.kind !== "RESIDENTS_RESOLUTION") return "IN_PROGRESS";
  return hasResult ? "IMPLEMENTED" : "RESOLVED";
}
