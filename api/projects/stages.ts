import type { ProjectStage } from "../db/generated/client.ts";
import { yuan } from "../money.ts";
import {
  ACCEPTANCE_RESULT_LABELS,
  PROCUREMENT_METHOD_LABELS,
  PROJECT_FUNDER_KIND_LABELS,
  PROJECT_STAGE_KIND_LABELS,
  type ProjectStageKind,
  type ProjectStatus,
} from "./labels.ts";

/**
 * The order of a project's life: 立项 → 采购/招标 → 开工 → 进度 (any number, percent never falling)
 * → 验收 → 决算. A failed acceptance sends the project back to work: more progress, then a new
 * acceptance. Pure: the services call it on the current stages plus the one being written.
 */
const NEXT: Record<ProjectStageKind, readonly ProjectStageKind[]> = {
  APPROVAL: ["PROCUREMENT"],
  PROCUREMENT: ["START"],
  START: ["PROGRESS", "ACCEPTANCE"],
  PROGRESS: ["PROGRESS", "ACCEPTANCE"],
  ACCEPTANCE: [],
  FINAL_ACCOUNTS: [],
};

type StageFacts = Pick<ProjectStage, "kind" | "date" | "percentComplete" | "result">;

function allowedAfter(stage: StageFacts): readonly ProjectStageKind[] {
  if (stage.kind === "ACCEPTANCE") return stage.result === "PASSED" ? ["FINAL_ACCOUNTS"] : ["PROGRESS", "ACCEPTANCE"];
  return NEXT[stage.kind];
}

/** Why this sequence of stages is out of order (field and message), or null when it is in order. */
export function sequenceRefusal(stages: readonly StageFacts[]): { field: string; message: string } | null {
  let percent = 0;
  for (const [i, stage] of stages.entries()) {
    const previous = stages[i - 1];
    const label = PROJECT_STAGE_KIND_LABELS[stage.kind];
    if (!previous) {
      if (stage.kind !== "APPROVAL") return { field: "kind", message: "项目的第一个阶段应为立项" };
      continue;
    }
    const allowed = allowedAfter(previous);
    if (!allowed.includes(stage.kind)) {
      const expected = allowed.map((k) => `“${PROJECT_STAGE_KIND_LABELS[k]}”`).join("或");
      return {
        field: "kind",
        message: allowed.length
          ? `“${PROJECT_STAGE_KIND_LABELS[previous.kind]}”之后应记录${expected}，不能记录“${label}”`
          : "项目已决算，不能再记录新的阶段",
      };
    }
    if (stage.date < previous.date) {
      return {
        field: "date",
        message: `${label}日期不能早于上一阶段（${PROJECT_STAGE_KIND_LABELS[previous.kind]}，${previous.date}）`,
      };
    }
    if (stage.kind === "PROGRESS" && stage.percentComplete !== null) {
      if (stage.percentComplete < percent) {
        return { field: "percentComplete", message: `完成进度不能低于上次公开的 ${percent}%` };
      }
      percent = stage.percentComplete;
    }
  }
  return null;
}

/** The stages now standing: every stage not corrected, in the order of the project's life. */
export function currentStages<S extends ProjectStage>(stages: readonly S[]): S[] {
  const correctedIds = new Set(stages.map((s) => s.correctsId).filter((id): id is string => id !== null));
  return stages.filter((s) => !correctedIds.has(s.id)).sort((a, b) => a.sequence - b.sequence);
}

/** Where a project stands, from its latest current stage. */
export function projectStatus(current: readonly StageFacts[]): ProjectStatus {
  const last = current.at(-1);
  if (!last || last.kind === "APPROVAL") return "APPROVED";
  if (last.kind === "PROCUREMENT") return "PROCURED";
  if (last.kind === "FINAL_ACCOUNTS") return "CLOSED";
  if (last.kind === "ACCEPTANCE" && last.result === "PASSED") return "ACCEPTED";
  return "UNDER_WAY";
}

/** The amounts a project's money table compares, in fen. */
export interface ProjectMoney {
  budget: number;
  contractAmount: number | null;
  finalAmount: number | null;
  spent: number;
  variance: number;
}

export function projectMoney(
  current: readonly Pick<ProjectStage, "kind" | "amount">[],
  linkedAmounts: readonly number[],
): ProjectMoney {
  const amountOf = (kind: ProjectStageKind) => [...current].reverse().find((s) => s.kind === kind)?.amount ?? null;
  const budget = amountOf("APPROVAL") ?? 0;
  const spent = linkedAmounts.reduce((sum, a) => sum + a, 0);
  return {
    budget,
    contractAmount: amountOf("PROCUREMENT"),
    finalAmount: amountOf("FINAL_ACCOUNTS"),
    spent,
    variance: budget - spent,
  };
}

/** The notice a stage puts on the board, generated from its fields so the hashed text says what they say. */
export function stageMarkdown(
  project: { name: string; funderKind: keyof typeof PROJECT_FUNDER_KIND_LABELS; funderName: string },
  stage: Pick<ProjectStage, "kind" | "date" | "amount" | "percentComplete" | "method" | "party" | "result" | "note">,
  correction?: { reason: string },
): string {
  const lines = [
    `项目名称：${project.name}`,
    `资金来源：${PROJECT_FUNDER_KIND_LABELS[project.funderKind]}（${project.funderName}）`,
    `阶段：${PROJECT_STAGE_KIND_LABELS[stage.kind]}`,
    `日期：${stage.date}`,
  ];
  const money = (label: string) => stage.amount !== null && lines.push(`${label}：${yuan(stage.amount)} 元`);
  if (stage.kind === "APPROVAL") {
    money("批准预算");
    lines.push(`批准单位：${stage.party ?? ""}`);
  }
  if (stage.kind === "PROCUREMENT") {
    if (stage.method) lines.push(`采购方式：${PROCUREMENT_METHOD_LABELS[stage.method]}`);
    lines.push(`承建（供货）单位：${stage.party ?? ""}`);
    money("合同金额");
  }
  if (stage.kind === "PROGRESS") lines.push(`完成进度：${stage.percentComplete ?? 0}%`);
  if (stage.kind === "ACCEPTANCE") {
    lines.push(`验收单位（人员）：${stage.party ?? ""}`);
    if (stage.result) lines.push(`验收结果：${ACCEPTANCE_RESULT_LABELS[stage.result]}`);
  }
  if (stage.kind === "FINAL_ACCOUNTS") money("决算金额");
  if (stage.note) lines.push(`说明：${stage.note}`);
  if (correction) lines.push(`更正原因：${correction.reason}`);
  return lines.map((l) => `- ${l}`).join("\n");
}
