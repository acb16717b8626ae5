import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { catalogueItemNamed } from "../catalogue/service.ts";
import { daysBetween } from "../catalogue/status.ts";
import { ORGANIZATION_KIND_LABELS } from "../communities/labels.ts";
import { inOfficeOn } from "../communities/postings.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { Election } from "../db/generated/client.ts";
import { publishNotice } from "../disclosures/service.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { isoDate, todayInShanghai } from "../periods.ts";
import { rangeText, rosterRule } from "../rosters/rules.ts";
import { dutyPhone, enumOf, optionalText, parseInput, requiredText } from "../validation.ts";
import { type ElectionHeading, resultsMarkdown, voterListMarkdown } from "./render.ts";
import { ELECTION_RULES, earliestElectionDay, moreThanHalf } from "./rules.ts";

/** The catalogue item (公开目录) both notices of an election fulfil, where the community's catalogue has it. */
export const ELECTION_ITEM = "换届选举选民名单和选举结果";

/** Most voters one list may hold: the masked list must fit in its notice. */
export const MAX_VOTERS = 8000;

const count = (label: string) => z.number().int(`${label}应为整数`).nonnegative(`${label}不能为负`);

const voter = z.object({
  name: requiredText("选民姓名", 20),
  group: requiredText("居民小组", 30),
});
const candidate = z.object({
  name: requiredText("候选人姓名", 20),
  post: requiredText("竞选职务", 20),
});

const createInput = z
  .object({
    communityCode: requiredText("社区代码", 50),
    body: enumOf(ORGANIZATION_KIND_LABELS, "选举的组织"),
    electionDay: isoDate("选举日"),
    voterListPublishedOn: isoDate("选民名单公布日期"),
    seats: count("应选人数").min(1, "应选人数至少为 1").max(50, "应选人数不能超过 50"),
    voters: z.array(voter).min(1, "选民名单不能为空").max(MAX_VOTERS, `选民名单一次最多 ${MAX_VOTERS} 人`),
    candidates: z.array(candidate).min(1, "至少有一名候选人").max(100, "候选人不能超过 100 名"),
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const gap = daysBetween(e.voterListPublishedOn, e.electionDay);
    if (Number.isFinite(gap) && gap < ELECTION_RULES.voterListLeadDays) {
      issue(
        "electionDay",
        `选民名单应在选举日 ${ELECTION_RULES.voterListLeadDays} 日前公布：名单 ${e.voterListPublishedOn} 公布，选举日最早为 ${earliestElectionDay(e.voterListPublishedOn)}（现相隔 ${gap} 日）`,
      );
    }
    if (e.candidates.length < e.seats) issue("candidates", `候选人人数（${e.candidates.length}）不能少于应选人数（${e.seats}）`);
    const names = e.candidates.map((c) => c.name);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) issue("candidates", `候选人重复：${twice}`);
  });

const resultRow = z
  .object({
    candidateId: requiredText("候选人", 50),
    votes: count("得票数"),
    elected: z.boolean({ message: "请说明是否当选" }),
    duties: optionalText("当选人职责", 500),
    publicPhone: dutyPhone,
    continuesPostingId: optionalText("连任前的任职", 50),
  })
  .superRefine((r, ctx) => {
    if (r.elected && !r.duties) ctx.addIssue({ code: "custom", path: ["duties"], message: "当选人的职责不能为空" });
    if (!r.elected && r.continuesPostingId)
      ctx.addIssue({ code: "custom", path: ["continuesPostingId"], message: "未当选的候选人没有连任" });
  });

const resultsInput = z
  .object({
    electionId: requiredText("选举", 50),
    ballotsCast: count("参加投票人数"),
    invalidBallots: count("无效票数")
      .nullish()
      .transform((n) => n ?? 0),
    results: z.array(resultRow).min(1, "请填写每名候选人的得票"),
  })
  .superRefine((r, ctx) => {
    if (r.invalidBallots > r.ballotsCast)
      ctx.addIssue({ code: "custom", path: ["invalidBallots"], message: "无效票数不能多于参加投票人数" });
    const valid = r.ballotsCast - r.invalidBallots;
    r.results.forEach((row, i) => {
      if (row.votes > valid)
        ctx.addIssue({ code: "custom", path: ["results", i, "votes"], message: `得票数不能多于有效票数（${valid}）` });
    });
  });

export type CreateElectionInput = z.input<typeof createInput>;
export type RecordElectionResultsInput = z.input<typeof resultsInput>;

const heading = (e: { electionDay: string; voterListPublishedOn: string; seats: number }, bodyName: string): ElectionHeading => ({
  bodyName,
  electionDay: e.electionDay,
  voterListPublishedOn: e.voterListPublishedOn,
  seats: e.seats,
});

/**
 * An election of a community's body: the voter list (posted on `voterListPublishedOn`, at least 20
 * days before election day, not later than today) and the candidates. The voter-list notice is
 * published at once, with the voters' names masked; the full list stays with the editors.
 */
export async function createElection(db: Db, viewer: Viewer, raw: CreateElectionInput, at = new Date()): Promise<Election> {
  const input = parseInput(createInput, raw);
  if (input.voterListPublishedOn > todayInShanghai(at)) {
    throw new ValidationError([{ field: "input.voterListPublishedOn", message: "选民名单公布日期不能晚于今天" }]);
  }
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${input.communityCode}` }]);
    const organization = await tx.organization.findUnique({
      where: { communityId_kind: { communityId: community.id, kind: input.body } },
    });
    if (!organization) {
      throw new ValidationError([
        { field: "input.body", message: `${community.name}没有${ORGANIZATION_KIND_LABELS[input.body]}，请先建立组织` },
      ]);
    }
    // As on the roster (api/rosters/rules.ts), a body may not grow past its size rule; one below its
    // minimum is allowed and shown as not meeting the rule.
    const rule = rosterRule(organization);
    if (rule?.max != null && input.seats > rule.max) {
      throw new ValidationError([
        { field: "input.seats", message: `${organization.name}应有${rangeText(rule)}，应选人数 ${input.seats} 不符合规定` },
      ]);
    }
    const pending = await tx.election.findFirst({ where: { organizationId: organization.id, ballotsCast: null } });
    if (pending) {
      throw new StateConflictError("ELECTION_PENDING", `${organization.name}已有一次选举（${pending.electionDay}）尚未公布结果`);
    }
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: input.body === "PARTY_ORGANIZATION" ? "PARTY_AFFAIRS" : "COMMUNITY_AFFAIRS",
        title: `${organization.name}换届选举选民名单公告`,
        body: voterListMarkdown(heading(input, organization.name), input.voters, input.candidates),
        period: `${input.voterListPublishedOn}/${input.electionDay}`,
        catalogueItemId: await catalogueItemNamed(tx, community, ELECTION_ITEM, at),
        isSample: community.isSample,
      },
      at,
    );
    return tx.election.create({
      data: {
        organizationId: organization.id,
        electionDay: input.electionDay,
        voterListPublishedOn: input.voterListPublishedOn,
        seats: input.seats,
        createdAt: at,
        createdByName: viewer.name,
        voterListNoticeId: notice.id,
        voters: { create: input.voters.map((v, sequence) => ({ ...v, sequence })) },
        candidates: { create: input.candidates.map((c, sequence) => ({ ...c, sequence })) },
      },
    });
  });
}

type ResultRow = z.output<typeof resultRow>;

/** The figures must add up: every candidate once, a valid turnout, the elected the ones the votes elect. */
function checkCount(
  input: z.output<typeof resultsInput>,
  candidates: { id: string; name: string }[],
  registered: number,
  seats: number,
): ResultRow[] {
  const fail = (field: string, message: string) => new ValidationError([{ field: `input.${field}`, message }]);
  const rows = candidates.map((c) => {
    const matches = input.results.filter((r) => r.candidateId === c.id);
    if (matches.length !== 1)
      throw fail("results", `每名候选人填写一行得票：${c.name}${matches.length ? "填写了多次" : "没有填写"}`);
    return matches[0] as ResultRow;
  });
  const stray = input.results.findIndex((r) => !candidates.some((c) => c.id === r.candidateId));
  if (stray >= 0) throw fail(`results.${stray}.candidateId`, "不是本次选举的候选人");
  if (input.ballotsCast > registered) throw fail("ballotsCast", `参加投票人数不能多于登记选民人数（${registered}）`);
  if (ELECTION_RULES.turnoutMajority && !moreThanHalf(input.ballotsCast, registered)) {
    throw fail("ballotsCast", `参加投票人数未过登记选民（${registered} 人）半数，选举无效，不能公布当选结果`);
  }
  const valid = input.ballotsCast - input.invalidBallots;
  const total = rows.reduce((n, r) => n + r.votes, 0);
  if (total > valid * seats) throw fail("results", `得票总数（${total}）不能多于有效票数乘以应选人数（${valid * seats}）`);
  const elected = rows.filter((r) => r.elected);
  if (elected.length === 0) throw fail("results", "没有当选人：请标明当选的候选人");
  if (elected.length > seats) throw fail("results", `当选人数（${elected.length}）不能多于应选人数（${seats}）`);
  for (const r of elected) {
    const i = input.results.indexOf(r);
    if (ELECTION_RULES.electedMajority && !moreThanHalf(r.votes, input.ballotsCast)) {
      throw fail(`results.${i}.elected`, `得票（${r.votes}）未过参加投票人数（${input.ballotsCast}）半数，不能当选`);
    }
    const ahead = rows.find((o) => !o.elected && o.votes > r.votes);
    if (ahead) throw fail(`results.${i}.elected`, "有得票更多的候选人未当选：当选人应按得票多少确定");
  }
  return rows;
}

/**
 * Records the count on or after election day and, in one transaction, replaces the body's roster:
 * the previous term's postings end on election day, each elected candidate's posting starts on it
 * (a re-elected member's new posting keeps their account), the body's electedOn becomes election
 * day, and the results notice is published. Any failure writes nothing.
 */
export async function recordElectionResults(
  db: Db,
  viewer: Viewer,
  raw: RecordElectionResultsInput,
  at = new Date(),
): Promise<Election> {
  const input = parseInput(resultsInput, raw);
  return inTransaction(db, async (tx) => {
    const election = await tx.election.findUnique({
      where: { id: input.electionId },
      include: {
        organization: { include: { community: true } },
        candidates: { orderBy: { sequence: "asc" } },
        _count: { select: { voters: true } },
      },
    });
    if (!election) throw new NotFoundError(input.electionId, "选举不存在");
    if (election.ballotsCast !== null) throw new StateConflictError("ELECTION_COUNTED", "选举结果已公布，不能修改或重复录入");
    if (todayInShanghai(at) < election.electionDay) {
      throw new StateConflictError("ELECTION_NOT_HELD", `选举日（${election.electionDay}）之前不能录入选举结果`);
    }
    const rows = checkCount(input, election.candidates, election._count.voters, election.seats);
    const day = election.electionDay;
    const org = election.organization;

    await tx.election.update({
      where: { id: election.id },
      data: {
        ballotsCast: input.ballotsCast,
        invalidBallots: input.invalidBallots,
        resultsRecordedAt: at,
        resultsRecordedByName: viewer.name,
      },
    });
    // The previous term: every posting of the body in office on election day ends on it.
    const previous = await tx.memberPosting.findMany({
      where: { organizationId: org.id, ...inOfficeOn(day) },
    });
    await tx.memberPosting.updateMany({
      where: { id: { in: previous.map((p) => p.id) } },
      data: { endedOn: day, endReason: `${day} 换届选举，本届任期结束` },
    });

    let sortOrder = 0;
    for (const [n, c] of election.candidates.entries()) {
      const row = rows[n] as ResultRow;
      let posting: { id: string } | null = null;
      let continues: (typeof previous)[number] | undefined;
      if (row.elected) {
        if (row.continuesPostingId) {
          continues = previous.find((p) => p.id === row.continuesPostingId);
          if (!continues) {
            throw new ValidationError([
              {
                field: `input.results.${input.results.indexOf(row)}.continuesPostingId`,
                message: `不是${org.name}上一届在任成员的任职记录`,
              },
            ]);
          }
        }
        posting = await tx.memberPosting.create({
          data: {
            organizationId: org.id,
            name: c.name,
            role: c.post,
            duties: row.duties ?? "",
            publicPhone: row.publicPhone,
            sortOrder: sortOrder++,
            startedOn: day,
            userId: continues?.userId ?? null,
          },
        });
      }
      await tx.electionCandidate.update({
        where: { id: c.id },
        data: {
          votes: row.votes,
          elected: row.elected,
          postingId: posting?.id ?? null,
          continuesPostingId: continues?.id ?? null,
        },
      });
    }
    await tx.organization.update({ where: { id: org.id }, data: { electedOn: day } });

    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [org.community.code],
        categoryCode: org.kind === "PARTY_ORGANIZATION" ? "PARTY_AFFAIRS" : "COMMUNITY_AFFAIRS",
        title: `${org.name}换届选举结果公告`,
        body: resultsMarkdown(
          heading(election, org.name),
          { registered: election._count.voters, ballotsCast: input.ballotsCast, invalidBallots: input.invalidBallots },
          election.candidates.map((c, n) => ({ ...c, votes: rows[n]?.votes ?? 0, elected: rows[n]?.elected ?? false })),
        ),
        period: `${day}/${day}`,
        catalogueItemId: await catalogueItemNamed(tx, org.community, ELECTION_ITEM, at),
        isSample: org.community.isSample,
      },
      at,
    );
    return tx.election.update({ where: { id: election.id }, data: { resultsNoticeId: notice.id } });
  });
}

/** The full voter list, for the community's editors to print for the notice board. */
export async function voterListFor(db: Db | Tx, id: string) {
  const election = await db.election.findUnique({
    where: { id },
    include: { organization: true, voters: { orderBy: { sequence: "asc" }, select: { name: true, group: true } } },
  });
  if (!election) throw new NotFoundError(id, "选举不存在");
  return { heading: heading(election, election.organization.name), voters: election.voters };
}
