import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { currentPostingWhere } from "../communities/postings.ts";
import type { Db } from "../db/client.ts";
import type { FinancePeriod, FinanceQuery } from "../db/generated/client.ts";
import { ForbiddenError, NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
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
  })
  .superRefine((s, ctx) => {
    if (s.opinion === "OBJECTION" && (!s.opinionText || [...s.opinionText].length < 4)) {
      ctx.addIssue({ code: "custom", path: ["opinionText"], message: "有异议时必须写明异议内容（至少 4 个字）" });
    }
  });

export type SignOffInput = z.input<typeof signOffInput>;

/** What the committee's signatures add up to: objections are published with who raised them. */
function reviewOf(signatures: { name: string; opinion: "AGREE" | "OBJECTION" | null; opinionText: string | null }[]) {
  const objections = signatures.filter((s) => s.opinion === "OBJECTION");
  const said = (objections.length > 0 ? objections : signatures).filter((s) => s.opinionText);
  return {
    opinion: objections.length > 0 ? ("OBJECTION" as const) : ("AGREE" as const),
    opinionText:
      said.length > 0 ? said.map((s) => (said.length > 1 ? `${s.name}：${s.opinionText}` : s.opinionText)).join("\n") : null,
    reviewedByName: signatures.map((s) => s.name).join("、"),
  };
}

/**
 * One committee member's signature on a month under review (民主理财审核), with their own token,
 * at their own time: 同意, or 有异议 with what they object to. The month is reviewed once more than
 * half of the committee's members have signed; the others may still sign until it is published.
 * An objection by any of them is the month's objection. Refused while any query is unanswered.
 */
export async function signOffFinancePeriod(db: Db, viewer: Viewer, raw: SignOffInput, at = new Date()): Promise<FinancePeriod> {
  const input = parseInput(signOffInput, raw);
  return db.$transaction(async (tx) => {
    const period = await loadPeriod(tx, input.periodId);
    // Members who sign after the majority still sign, until the month is published.
    if (period.status !== "REVIEWED") requireStatus(period, "SUBMITTED", "不能再签署审核意见");
    const open = await tx.financeQuery.count({ where: { periodId: period.id, answer: null } });
    if (open > 0) {
      throw new StateConflictError("FINANCE_QUERY_UNANSWERED", `还有 ${open} 条质询未答复；全部答复后监委会才能签署审核意见`);
    }
    const committee = await tx.organization.findUnique({
      where: { communityId_kind: { communityId: period.communityId, kind: "SUPERVISION_COMMITTEE" } },
      include: { postings: { where: currentPostingWhere(at) } },
    });
    const members = committee?.postings ?? [];
    const own = members.find((m) => m.userId === viewer.userId);
    if (!own) {
      throw new ForbiddenError("您的账号没有登记为本社区居务监督委员会成员，不能签字；签字只能由成员本人用自己的账号进行");
    }
    if (await tx.reviewSignature.findUnique({ where: { periodId_postingId: { periodId: period.id, postingId: own.id } } })) {
      throw new StateConflictError("FINANCE_ALREADY_SIGNED", "您已在本月账目上签字；签字不能撤回或重复");
    }
    await tx.reviewSignature.create({
      data: {
        periodId: period.id,
        postingId: own.id,
        name: own.name,
        role: own.role,
        userId: viewer.userId,
        signedAt: at,
        opinion: input.opinion,
        opinionText: input.opinionText,
      },
    });
    const signatures = await tx.reviewSignature.findMany({
      where: { periodId: period.id, postingId: { in: members.map((m) => m.id) } },
      orderBy: { signedAt: "asc" },
    });
    if (signatures.length * 2 <= members.length) return period;
    return tx.financePeriod.update({
      where: { id: period.id },
      data: { status: "REVIEWED", reviewedAt: period.reviewedAt ?? at, ...reviewOf(signatures) },
    });
  });
}
