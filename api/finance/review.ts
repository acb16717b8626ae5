import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import type { Db } from "../db/client.ts";
import type { FinancePeriod, FinanceQuery } from "../db/generated/client.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { enumOf, optionalText, parseInput, requiredText } from "../validation.ts";
import { OPINION_LABELS } from "./labels.ts";
import { loadPeriod, requireStatus } from "./ledger.ts";
import { closingOf, totalsOf } from "./totals.ts";

const byPeriod = z.object({ periodId: z.string() });
const answerArgs = z.object({ queryId: z.string(), answer: requiredText("答复内容", 2000) });

/** The arguments of a write on a whole month: submit, publish. */
export type PeriodArgs = z.input<typeof byPeriod>;
export type AnswerFinanceQueryArgs = z.input<typeof answerArgs>;

/** Freezes an open month for the committee's review: totals and closing balance are fixed from here on. */
export async function submitFinancePeriod(db: Db, viewer: Viewer, args: PeriodArgs, at = new Date()): Promise<FinancePeriod> {
  const { periodId } = parseInput(byPeriod, args, "");
  return db.$transaction(async (tx) => {
    const period = await loadPeriod(tx, periodId, "periodId");
    requireStatus(period, "OPEN", "不能重复提交");
    const entries = await tx.ledgerEntry.findMany({
      where: { periodId },
      select: { amount: true, category: { select: { id: true, direction: true } } },
    });
    const totals = totalsOf(entries);
    return tx.financePeriod.update({
      where: { id: periodId },
      data: {
        status: "SUBMITTED",
        submittedAt: at,
        submittedByName: viewer.name,
        incomeTotal: totals.income,
        expenseTotal: totals.expense,
        closingBalance: closingOf(period.openingBalance, totals),
      },
    });
  });
}

const queryInput = z.object({
  periodId: requiredText("账期", 50),
  entryId: optionalText("分录", 50),
  question: requiredText("质询内容", 1000),
});

export type RaiseFinanceQueryInput = z.input<typeof queryInput>;

/** 质询: raised on a month under review, or on one of its entries, by a committee member or staff. */
export async function raiseFinanceQuery(
  db: Db,
  viewer: Viewer,
  raw: RaiseFinanceQueryInput,
  at = new Date(),
): Promise<FinanceQuery> {
  const input = parseInput(queryInput, raw);
  return db.$transaction(async (tx) => {
    const period = await loadPeriod(tx, input.periodId);
    requireStatus(period, "SUBMITTED", "质询只能在监委会审核期间提出");
    if (input.entryId) {
      const entry = await tx.ledgerEntry.findUnique({ where: { id: input.entryId }, select: { periodId: true } });
      if (entry?.periodId !== period.id) throw new ValidationError([{ field: "input.entryId", message: "该分录不属于这个月份" }]);
    }
    return tx.financeQuery.create({
      data: {
        periodId: period.id,
        entryId: input.entryId,
        question: input.question,
        askedAt: at,
        askedByName: viewer.name,
        askedByRole: viewer.role === "SUPERVISOR" ? "居务监督委员会" : "社区工作人员",
      },
    });
  });
}

export async function answerFinanceQuery(db: Db, viewer: Viewer, args: AnswerFinanceQueryArgs, at = new Date()) {
  const { queryId, answer } = parseInput(answerArgs, args, "");
  return db.$transaction(async (tx) => {
    const query = await tx.financeQuery.findUnique({ where: { id: queryId }, include: { period: true } });
    if (!query) throw new NotFoundError(queryId, "质询不存在");
    requireStatus(query.period, "SUBMITTED", "不能再答复质询");
    if (query.answer !== null)
      throw new StateConflictError("FINANCE_QUERY_ANSWERED", "该质询已答复；答复随账目一并公开，不能修改");
    return tx.financeQuery.update({ where: { id: queryId }, data: { answer, answeredAt: at, answeredByName: viewer.name } });
  });
}

const signOffInput = z
  .object({
    periodId: requiredText("账期", 50),
    opinion: enumOf(OPINION_LABELS, "审核意见"),
    opinionText: optionalText("意见说明", 2000),
    signatoryIds: z.array(z.string().trim().min(1)).min(1, "请选择签字的监委会成员"),
  })
  .superRefine((s, ctx) => {
    if (s.opinion === "OBJECTION" && (!s.opinionText || [...s.opinionText].length < 4)) {
      ctx.addIssue({ code: "custom", path: ["opinionText"], message: "有异议时必须写明异议内容（至少 4 个字）" });
    }
    if (new Set(s.signatoryIds).size !== s.signatoryIds.length) {
      ctx.addIssue({ code: "custom", path: ["signatoryIds"], message: "签字成员重复" });
    }
  });

export type SignOffInput = z.input<typeof signOffInput>;

/**
 * The supervision committee's sign-off (民主理财审核): 同意, or 有异议 with what they object to,
 * signed by more than half of the committee's members. Refused while any query is unanswered.
 */
export async function signOffFinancePeriod(db: Db, viewer: Viewer, raw: SignOffInput, at = new Date()): Promise<FinancePeriod> {
  const input = parseInput(signOffInput, raw);
  return db.$transaction(async (tx) => {
    const period = await loadPeriod(tx, input.periodId);
    requireStatus(period, "SUBMITTED", "不能再签署审核意见");
    const open = await tx.financeQuery.count({ where: { periodId: period.id, answer: null } });
    if (open > 0) {
      throw new StateConflictError("FINANCE_QUERY_UNANSWERED", `还有 ${open} 条质询未答复；全部答复后监委会才能签署审核意见`);
    }
    const committee = await tx.organization.findUnique({
      where: { communityId_kind: { communityId: period.communityId, kind: "SUPERVISION_COMMITTEE" } },
      include: { postings: true },
    });
    const members = committee?.postings ?? [];
    const memberIds = new Set(members.map((m) => m.id));
    const unknown = input.signatoryIds.findIndex((id) => !memberIds.has(id));
    if (unknown >= 0) {
      throw new ValidationError([{ field: `input.signatoryIds.${unknown}`, message: "签字人不是本社区居务监督委员会成员" }]);
    }
    if (input.signatoryIds.length * 2 <= members.length) {
      throw new ValidationError([
        {
          field: "input.signatoryIds",
          message: `需要过半数成员签字：监委会共 ${members.length} 人，至少 ${Math.floor(members.length / 2) + 1} 人`,
        },
      ]);
    }
    await tx.reviewSignature.createMany({
      data: input.signatoryIds.map((id) => {
        const member = members.find((m) => m.id === id);
        return { periodId: period.id, postingId: id, name: member?.name ?? "", role: member?.role ?? "" };
      }),
    });
    return tx.financePeriod.update({
      where: { id: period.id },
      data: {
        status: "REVIEWED",
        reviewedAt: at,
        opinion: input.opinion,
        opinionText: input.opinionText,
        reviewedByName: viewer.name,
      },
    });
  });
}
