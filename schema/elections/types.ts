import { daysBetween } from "../../api/catalogue/status.ts";
import { ORGANIZATION_KIND_LABELS } from "../../api/communities/labels.ts";
import { countdownText, ELECTION_STATUS_LABELS } from "../../api/elections/labels.ts";
import { groupCounts, type VoterGroup } from "../../api/elections/render.ts";
import { electionStatus, percent } from "../../api/elections/rules.ts";
import { maskName } from "../../api/names.ts";
import { todayInShanghai } from "../../api/periods.ts";
import { builder, labelledValues } from "../builder.ts";
import { OrganizationKind } from "../communities/types.ts";

export const ElectionStatus = builder.enumType("ElectionStatus", {
  description: "Where an election stands on a day, from its dates and whether it was counted",
  values: labelledValues(ELECTION_STATUS_LABELS),
});

const AS_OF = "The instant to count from (its Asia/Shanghai day); default: now";

const VoterGroupRef = builder.objectRef<VoterGroup>("ElectionVoterGroup").implement({
  description: "How many registered voters one residents' group (or Party group) has",
  fields: (t) => ({
    group: t.exposeString("group", { description: "The residents' group, e.g. 第三居民小组" }),
    count: t.exposeInt("count", { description: "Registered voters in it" }),
  }),
});

const MaskedVoterRef = builder.objectRef<{ name: string; group: string }>("MaskedVoter").implement({
  description: "A registered voter as the public may see them: the name masked (张*芳) beside the group",
  fields: (t) => ({
    maskedName: t.string({
      description: "The name masked: surname, an asterisk, the last character",
      resolve: (v) => maskName(v.name),
    }),
    group: t.exposeString("group", { description: "The residents' group, so a voter can find themselves" }),
  }),
});

const CountdownRef = builder.objectRef<{ on: string; electionDay: string }>("ElectionCountdown").implement({
  description: "Days to election day, counted on one Asia/Shanghai calendar day",
  fields: (t) => ({
    on: t.exposeString("on", { description: "The ISO date counted from (state it beside the count)" }),
    daysLeft: t.int({
      description: "Days until election day; 0 on the day, negative after",
      resolve: (c) => daysBetween(c.on, c.electionDay),
    }),
    text: t.string({
      description: "The count in words, e.g. 距选举日还有 12 天",
      resolve: (c) => countdownText(c.electionDay, daysBetween(c.on, c.electionDay)),
    }),
  }),
});

builder.prismaObject("ElectionCandidate", {
  description: "候选人: a candidate, with their votes and whether they were elected once counted",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Its id, for recordElectionResults" }),
    name: t.exposeString("name", { description: "The candidate's name (published in full, as candidates are)" }),
    post: t.exposeString("post", { description: "The post sought, e.g. 主任" }),
    votes: t.exposeInt("votes", { nullable: true, description: "Votes received; null until counted" }),
    voteShare: t.string({
      nullable: true,
      description: "Votes as a share of the ballots cast, e.g. 87.50%; null until counted",
      select: { election: { select: { ballotsCast: true } } },
      resolve: (c) => (c.votes === null || c.election.ballotsCast === null ? null : percent(c.votes, c.election.ballotsCast)),
    }),
    elected: t.exposeBoolean("elected", { nullable: true, description: "Elected (当选); null until counted" }),
    resultLabel: t.string({
      description: "The result in words: 当选, 未当选 or 待选举",
      resolve: (c) => (c.elected === null ? "待选举" : c.elected ? "当选" : "未当选"),
    }),
    reElected: t.boolean({
      description: "Elected again to the body they served on in the previous term (连任)",
      resolve: (c) => c.continuesPostingId !== null,
    }),
  }),
});

builder.prismaObject("Election", {
  description: "换届选举: an election of a community's body, its voter list, candidates and results",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id; the portal's page is /c/<code>/elections/<id>/" }),
    organization: t.relation("organization", { description: "The body elected" }),
    body: t.field({
      type: OrganizationKind,
      description: "The kind of body elected",
      select: { organization: { select: { kind: true } } },
      resolve: (e) => e.organization.kind,
    }),
    bodyLabel: t.string({
      description: "The kind of body, in words, e.g. 居民委员会",
      select: { organization: { select: { kind: true } } },
      resolve: (e) => ORGANIZATION_KIND_LABELS[e.organization.kind],
    }),
    electionDay: t.exposeString("electionDay", { description: "ISO date of election day" }),
    voterListPublishedOn: t.exposeString("voterListPublishedOn", { description: "ISO date the voter list was posted" }),
    leadDays: t.int({
      description: "Days between the voter list's posting and election day (at least 20)",
      resolve: (e) => daysBetween(e.voterListPublishedOn, e.electionDay),
    }),
    seats: t.exposeInt("seats", { description: "How many are to be elected" }),
    status: t.field({
      type: ElectionStatus,
      description: "Where it stands today (Asia/Shanghai)",
      resolve: (e) => electionStatus(e, todayInShanghai()),
    }),
    statusLabel: t.string({
      description: "Where it stands today, in words",
      resolve: (e) => ELECTION_STATUS_LABELS[electionStatus(e, todayInShanghai())],
    }),
    countdown: t.field({
      type: CountdownRef,
      description: "Days to election day, counted on a day (the portal counts on the day it is built)",
      args: { asOf: t.arg({ type: "DateTime", description: AS_OF }) },
      resolve: (e, { asOf }) => ({ on: todayInShanghai(asOf ?? new Date()), electionDay: e.electionDay }),
    }),
    voterCount: t.relationCount("voters", { description: "Registered voters" }),
    voterGroups: t.field({
      type: [VoterGroupRef],
      description: "Registered voters counted by residents' group, in list order",
      select: { voters: { select: { group: true }, orderBy: { sequence: "asc" } } },
      resolve: (e) => groupCounts(e.voters),
    }),
    voters: t.field({
      type: [MaskedVoterRef],
      description: "The voter list as published: names masked (张*芳) beside the group, by group then list order",
      select: { voters: { select: { name: true, group: true }, orderBy: { sequence: "asc" } } },
      resolve: (e) => {
        const order = groupCounts(e.voters).map((g) => g.group);
        return [...e.voters].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
      },
    }),
    candidates: t.relation("candidates", {
      description: "The candidates in list order, with votes once counted",
      query: { orderBy: { sequence: "asc" } },
    }),
    ballotsCast: t.exposeInt("ballotsCast", { nullable: true, description: "Ballots cast (参加投票人数); null until counted" }),
    invalidBallots: t.exposeInt("invalidBallots", { nullable: true, description: "Invalid ballots; null until counted" }),
    turnout: t.string({
      nullable: true,
      description: "Ballots cast as a share of registered voters, e.g. 87.50%; null until counted",
      select: { _count: { select: { voters: true } } },
      resolve: (e) => (e.ballotsCast === null ? null : percent(e.ballotsCast, e._count.voters)),
    }),
    resultsRecordedAt: t.expose("resultsRecordedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the count was recorded",
    }),
    voterListNotice: t.relation("voterListNotice", { description: "选民名单公告: the published notice (names masked)" }),
    resultsNotice: t.relation("resultsNotice", { nullable: true, description: "选举结果公告, once counted" }),
  }),
});
