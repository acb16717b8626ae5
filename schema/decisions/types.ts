import { DECISION_OUTCOME_LABELS, DECISION_STAGE_LABELS, DECISION_STATUS_LABELS } from "../../api/decisions/labels.ts";
import { stageLine } from "../../api/decisions/render.ts";
import { MEETING_RULES, ruleText, STAGE_ORDER } from "../../api/decisions/rules.ts";
import { currentStages, decisionStatus } from "../../api/decisions/status.ts";
import { yuan } from "../../api/money.ts";
import { builder, labelledValues } from "../builder.ts";

export const DecisionStageKind = builder.enumType("DecisionStageKind", {
  description: "One of the four deliberations of 四议两公开, in the order they are held",
  values: labelledValues(DECISION_STAGE_LABELS),
});
export const DecisionOutcome = builder.enumType("DecisionOutcome", {
  description: "What a meeting came to, as its figures support",
  values: labelledValues(DECISION_OUTCOME_LABELS),
});
export const DecisionStatus = builder.enumType("DecisionStatus", {
  description: "Where a decision stands, derived from its stages and result",
  values: labelledValues(DECISION_STATUS_LABELS),
});

/** Linked spending is public once its month of the books is. */
const publishedEntries = { where: { entry: { period: { status: "PUBLISHED" as const } } } };
const stageOrder = { orderBy: { recordedAt: "asc" as const } };
const statusSelect = {
  stages: { select: { id: true, kind: true, outcome: true, correctedBy: { select: { id: true } } } },
  result: { select: { id: true } },
};

const DecisionRef = builder.prismaObject("Decision", {
  description: "重大事项决策: a major matter of one community and its 四议两公开 trail",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id; the portal's page is /c/<code>/decisions/<id>/" }),
    community: t.relation("community", { description: "The community deciding" }),
    subject: t.exposeString("subject", { description: "The matter, e.g. 3栋电梯维修" }),
    description: t.exposeString("description", { nullable: true, description: "What it is about, as proposed" }),
    amount: t.string({ description: "Amount involved as proposed, exact decimal yuan", resolve: (d) => yuan(d.amount) }),
    status: t.field({
      type: DecisionStatus,
      description: "Where it stands",
      select: statusSelect,
      resolve: (d) => decisionStatus(d.stages, d.result !== null),
    }),
    statusLabel: t.string({
      description: "Where it stands, in words",
      select: statusSelect,
      resolve: (d) => DECISION_STATUS_LABELS[decisionStatus(d.stages, d.result !== null)],
    }),
    currentStage: t.prismaField({
      type: "DecisionStage",
      nullable: true,
      description: "The last stage standing (not corrected); null before the Party organization's proposal",
      select: statusSelect,
      resolve: async (query, d, _args, ctx) => {
        const last = currentStages(d.stages).at(-1);
        return last ? ctx.db.decisionStage.findUnique({ ...query, where: { id: last.id } }) : null;
      },
    }),
    stages: t.relation("stages", {
      description: "Every stage record in the order recorded, corrected ones included (see superseded and corrects)",
      query: stageOrder,
    }),
    result: t.relation("result", { nullable: true, description: "实施结果, once published" }),
    resolutionNotice: t.prismaField({
      type: "Disclosure",
      nullable: true,
      description: "决议公开: the notice standing for the passed resolution (its latest correction)",
      select: { stages: { select: { ...statusSelect.stages.select, disclosureId: true } } },
      resolve: async (query, d, _args, ctx) => {
        const id = currentStages(d.stages).find((s) => s.disclosureId)?.disclosureId;
        return id ? ctx.db.disclosure.findUnique({ ...query, where: { id } }) : null;
      },
    }),
    ledgerEntries: t.prismaField({
      type: ["LedgerEntry"],
      description: "Spending in the published books that carries the decision out, by date",
      resolve: (query, d, _args, ctx) =>
        ctx.db.ledgerEntry.findMany({
          ...query,
          where: { decisionLinks: { some: { decisionId: d.id } }, period: { status: "PUBLISHED" } },
          orderBy: [{ date: "asc" }, { sequence: "asc" }],
        }),
    }),
    linkedSpendingTotal: t.string({
      description: "Sum of ledgerEntries, exact decimal yuan",
      select: { ledgerLinks: { ...publishedEntries, select: { entry: { select: { amount: true } } } } },
      resolve: (d) => yuan(d.ledgerLinks.reduce((n, l) => n + l.entry.amount, 0)),
    }),
    feePrices: t.prismaField({
      type: ["FeePrice"],
      description: "Fee prices this decision set",
      resolve: (query, d, _args, ctx) =>
        ctx.db.feePrice.findMany({
          ...query,
          where: { decisionLinks: { some: { decisionId: d.id } } },
          orderBy: { effectiveFrom: "asc" },
        }),
    }),
    assetIncomeStatements: t.prismaField({
      type: ["AssetIncomeStatement"],
      description: "Asset-income statements whose uses this decision approved",
      resolve: (query, d, _args, ctx) =>
        ctx.db.assetIncomeStatement.findMany({
          ...query,
          where: { decisionLinks: { some: { decisionId: d.id } } },
          orderBy: { year: "asc" },
        }),
    }),
    projects: t.prismaField({
      type: ["FundedProject"],
      description: "Funded projects (资助项目) this decision approved",
      resolve: (query, d, _args, ctx) =>
        ctx.db.fundedProject.findMany({ ...query, where: { decisionLink: { decisionId: d.id } }, orderBy: { createdAt: "asc" } }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was entered" }),
  }),
});

builder.prismaObject("DecisionStage", {
  description: "One deliberation as held: date, attendance, vote and summary; never edited, corrected by a new record",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id; opinions and corrections name it" }),
    kind: t.expose("kind", { type: DecisionStageKind, description: "Which deliberation" }),
    kindLabel: t.string({ description: "Which deliberation, in words", resolve: (s) => DECISION_STAGE_LABELS[s.kind] }),
    position: t.int({ description: "1–4: its place in the order", resolve: (s) => STAGE_ORDER.indexOf(s.kind) + 1 }),
    heldOn: t.exposeString("heldOn", { description: "ISO date the meeting was held" }),
    members: t.exposeInt("members", { description: "Entitled to attend (应到)" }),
    present: t.exposeInt("present", { description: "Present (实到)" }),
    voted: t.boolean({ description: "Whether the meeting took a vote", resolve: (s) => s.votesFor !== null }),
    votesFor: t.exposeInt("votesFor", { nullable: true, description: "赞成; null without a vote" }),
    votesAgainst: t.exposeInt("votesAgainst", { nullable: true, description: "反对; null without a vote" }),
    votesAbstain: t.exposeInt("votesAbstain", { nullable: true, description: "弃权; null without a vote" }),
    outcome: t.expose("outcome", { type: DecisionOutcome, description: "What the meeting came to" }),
    outcomeLabel: t.string({
      description: "What the meeting came to, in words",
      resolve: (s) => DECISION_OUTCOME_LABELS[s.outcome],
    }),
    text: t.string({ description: "The meeting in words: date, attendance, votes, outcome", resolve: stageLine }),
    ruleText: t.string({
      description: "The quorum and majority this kind of meeting needs, in words",
      resolve: (s) => ruleText(s.kind),
    }),
    voteRequired: t.boolean({
      description: "Whether this kind of meeting must vote",
      resolve: (s) => MEETING_RULES[s.kind].voteRequired,
    }),
    summary: t.exposeString("summary", { description: "会议纪要摘要" }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", description: "When it was recorded" }),
    recordedByName: t.exposeString("recordedByName", { description: "Who recorded it" }),
    corrects: t.relation("corrects", { nullable: true, description: "The record this one corrects" }),
    correctedBy: t.relation("correctedBy", { nullable: true, description: "The record correcting this one, if any" }),
    superseded: t.boolean({
      description: "Corrected by a later record (kept and shown)",
      select: { correctedBy: { select: { id: true } } },
      resolve: (s) => s.correctedBy !== null,
    }),
    correctionReason: t.exposeString("correctionReason", { nullable: true, description: "Why it corrects the earlier record" }),
    notice: t.relation("disclosure", { nullable: true, description: "决议公开 published with this record, if any" }),
    opinions: t.relation("opinions", {
      description: "The supervision committee's opinions on this stage",
      query: { orderBy: { recordedAt: "asc" } },
    }),
  }),
});

builder.prismaObject("DecisionOpinion", {
  description: "监督意见: a supervision-committee member's own opinion on a stage",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    name: t.exposeString("name", { description: "The member, as recorded" }),
    role: t.exposeString("role", { description: "Their role on the committee, as recorded" }),
    opinion: t.exposeString("opinion", { description: "What they said" }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", description: "When" }),
  }),
});

builder.prismaObject("DecisionResult", {
  description: "实施结果: what was done, the actual amount and the completion date, published once",
  fields: (t) => ({
    outcome: t.exposeString("outcome", { description: "What was done" }),
    actualAmount: t.string({ description: "Actual amount, exact decimal yuan", resolve: (r) => yuan(r.actualAmount) }),
    completedOn: t.exposeString("completedOn", { description: "ISO date completed" }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", description: "When it was recorded" }),
    notice: t.relation("disclosure", { description: "实施结果公开, the published notice" }),
  }),
});

// Decisions on the other side of each link, from this domain's files (the other domains' files are not edited).
const decisionsWhere = (link: object) => ({ stages: { some: {} }, ...link });
/**
 * The decisions named by link rows, by id: a `some` filter on the links makes SQLite test every
 * decision of every community, so a page's time grew with the whole province's size.
 */
const linkedIds = async (links: Promise<{ decisionId: string }[]>) => ({
  id: { in: (await links).map((l) => l.decisionId) },
});
builder.prismaObjectField("LedgerEntry", "decisions", (t) =>
  t.prismaField({
    type: [DecisionRef],
    description: "四议两公开 decisions this spending carries out",
    // The links come with the entry itself; the decisions are looked up by id, which Prisma batches
    // into one statement for the whole month, and which costs none when no entry has a link
    // (a nested selection would still run `IN (NULL)`).
    select: { decisionLinks: { where: { decision: { stages: { some: {} } } }, select: { decisionId: true } } },
    resolve: async (query, e, _args, ctx) =>
      (
        await Promise.all(e.decisionLinks.map((l) => ctx.db.decision.findUnique({ ...query, where: { id: l.decisionId } })))
      ).filter((d) => d !== null),
  }),
);
builder.prismaObjectField("FeePrice", "decision", (t) =>
  t.prismaField({
    type: "Decision",
    nullable: true,
    description: "The residents' decision record that set this price, where there is one (else see residentsDecision)",
    resolve: async (query, p, _args, ctx) => {
      const links = ctx.db.decisionFeePriceLink.findMany({ where: { feePriceId: p.id }, select: { decisionId: true } });
      return ctx.db.decision.findFirst({ ...query, where: decisionsWhere(await linkedIds(links)) });
    },
  }),
);
builder.prismaObjectField("AssetIncomeStatement", "decisions", (t) =>
  t.prismaField({
    type: ["Decision"],
    description: "四议两公开 decisions that approved this statement's uses",
    resolve: async (query, st, _args, ctx) =>
      ctx.db.decision.findMany({
        ...query,
        where: decisionsWhere(
          await linkedIds(
            ctx.db.decisionAssetIncomeLink.findMany({ where: { statementId: st.id }, select: { decisionId: true } }),
          ),
        ),
      }),
  }),
);
builder.prismaObjectField("FundedProject", "decision", (t) =>
  t.prismaField({
    type: "Decision",
    nullable: true,
    description: "The 四议两公开 decision that approved this project, where there is a record of it",
    resolve: async (query, p, _args, ctx) =>
      ctx.db.decision.findFirst({
        ...query,
        where: decisionsWhere(
          await linkedIds(ctx.db.decisionProjectLink.findMany({ where: { projectId: p.id }, select: { decisionId: true } })),
        ),
      }),
  }),
);
