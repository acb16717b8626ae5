import type { Db } from "../db/client.ts";
import type { Question, QuestionAnswer, QuestionOpinion } from "../db/generated/client.ts";
import { standingOf } from "./status.ts";

/** A question as the API reads it: with its answer, the committee's opinions and its community. */
export type QuestionRow = Question & {
  answer: QuestionAnswer | null;
  opinions: QuestionOpinion[];
  community: { id: string; code: string; name: string };
};

const INCLUDE = { answer: true, opinions: { orderBy: { recordedAt: "asc" } } } as const;

async function withCommunities(db: Db, rows: (Question & { answer: QuestionAnswer | null; opinions: QuestionOpinion[] })[]) {
  const ids = [...new Set(rows.map((r) => r.communityId))];
  const communities = await db.community.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true } });
  const byId = new Map(communities.map((c) => [c.id, c]));
  return rows.flatMap((r) => {
    const community = byId.get(r.communityId);
    return community ? [{ ...r, community }] : [];
  });
}

/** One question, or null. */
export async function loadQuestion(db: Db, id: string): Promise<QuestionRow | null> {
  const q = await db.question.findUnique({ where: { id }, include: INCLUDE });
  return q ? ((await withCommunities(db, [q]))[0] ?? null) : null;
}

/** A community's questions, newest first, optionally about one subject. */
export async function loadCommunityQuestions(
  db: Db,
  communityId: string,
  subject?: { subjectKind: string; subjectId?: string | null },
): Promise<QuestionRow[]> {
  const rows = await db.question.findMany({
    where: {
      communityId,
      ...(subject ? { subjectKind: subject.subjectKind, ...(subject.subjectId ? { subjectId: subject.subjectId } : {}) } : {}),
    },
    include: INCLUDE,
    orderBy: [{ askedAt: "desc" }, { id: "asc" }],
  });
  return withCommunities(db, rows);
}

/** Counts of a community's questions on a day: every question counts, hidden or awaiting moderation. */
export interface QuestionSummary {
  total: number;
  received: number;
  published: number;
  hidden: number;
  answered: number;
  answeredLate: number;
  awaiting: number;
  overdue: number;
}

export function summarize(rows: QuestionRow[], asOf: Date): QuestionSummary {
  const s: QuestionSummary = {
    total: 0,
    received: 0,
    published: 0,
    hidden: 0,
    answered: 0,
    answeredLate: 0,
    awaiting: 0,
    overdue: 0,
  };
  for (const q of rows) {
    s.total++;
    if (q.status === "RECEIVED") s.received++;
    else if (q.status === "PUBLISHED") s.published++;
    else s.hidden++;
    const standing = standingOf(q, asOf);
    if (standing === "ANSWERED") s.answered++;
    if (standing === "ANSWERED_LATE") {
      s.answered++;
      s.answeredLate++;
    }
    if (standing === "AWAITING") s.awaiting++;
    if (standing === "OVERDUE") s.overdue++;
  }
  return s;
}

/** Each community of a county with its unanswered questions past their time limit, most first. */
export async function loadCountyOverdueQuestions(db: Db, countyId: string, asOf: Date) {
  const communities = await db.community.findMany({
    where: { township: { countyId } },
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
  const rows = await db.question.findMany({
    where: { communityId: { in: communities.map((c) => c.id) }, answer: null, status: { not: "HIDDEN" } },
    include: INCLUDE,
    orderBy: [{ askedAt: "asc" }, { id: "asc" }],
  });
  const overdue = (await withCommunities(db, rows)).filter((q) => standingOf(q, asOf) === "OVERDUE");
  return communities
    .map((community) => ({ community, overdue: overdue.filter((q) => q.communityId === community.id) }))
    .sort((a, b) => b.overdue.length - a.overdue.length || a.community.code.localeCompare(b.community.code));
}
