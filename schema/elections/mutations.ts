import { type Context, signedIn } from "../../api/context.ts";
import { electionCommunities } from "../../api/elections/access.ts";
import { createElection, recordElectionResults } from "../../api/elections/service.ts";
import { builder, selection, sentFields } from "../builder.ts";
import { OrganizationKind } from "../communities/types.ts";
import { writeResult } from "../errors.ts";

const ElectionVoterInput = builder.inputType("ElectionVoterInput", {
  description: "One registered voter: no ID numbers, phones or addresses",
  fields: (t) => ({
    name: t.string({ required: true, description: "Full name (kept for the editors' print file; published masked)" }),
    group: t.string({ required: true, description: "Residents' group (居民小组), or Party group" }),
  }),
});

const ElectionCandidateInput = builder.inputType("ElectionCandidateInput", {
  description: "A candidate (候选人)",
  fields: (t) => ({
    name: t.string({ required: true, description: "Full name (published)" }),
    post: t.string({ required: true, description: "The post sought, e.g. 主任, 委员" }),
  }),
});

const CreateElectionInput = builder.inputType("CreateElectionInput", {
  description: "An election of a community's body with its voter list; the voter-list notice is published at once",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    body: t.field({ type: OrganizationKind, required: true, description: "Which of the community's bodies is elected" }),
    electionDay: t.string({
      required: true,
      description: "ISO date of election day: at least 20 days after voterListPublishedOn",
    }),
    voterListPublishedOn: t.string({
      required: true,
      description: "ISO date the voter list is posted on the notice board (not after today, Asia/Shanghai)",
    }),
    seats: t.int({ required: true, description: "How many are to be elected" }),
    voters: t.field({ type: [ElectionVoterInput], required: true, description: "The voter list, in order" }),
    candidates: t.field({ type: [ElectionCandidateInput], required: true, description: "The candidates, in order" }),
  }),
});

const ElectionResultInput = builder.inputType("ElectionResultInput", {
  description: "One candidate's count",
  fields: (t) => ({
    candidateId: t.id({ required: true, description: "The candidate" }),
    votes: t.int({ required: true, description: "Votes received" }),
    elected: t.boolean({ required: true, description: "Elected (当选)" }),
    duties: t.string({ description: "The elected member's duties (required when elected), for their posting" }),
    publicPhone: t.string({ description: "A public duty phone for the posting, if any" }),
    continuesPostingId: t.id({
      description: "For a re-elected member: their posting in the previous term, whose account the new posting keeps",
    }),
  }),
});

const RecordElectionResultsInput = builder.inputType("RecordElectionResultsInput", {
  description: "The count on election day: it replaces the body's roster in the same transaction",
  fields: (t) => ({
    electionId: t.id({ required: true, description: "The election (on or after its election day)" }),
    ballotsCast: t.int({ required: true, description: "Ballots cast (参加投票人数), at most the registered voters" }),
    invalidBallots: t.int({ description: "Invalid ballots (default 0)" }),
    results: t.field({ type: [ElectionResultInput], required: true, description: "Every candidate once" }),
  }),
});

const reload = (query: object, ctx: Context, id: string) =>
  ctx.db.election.findUniqueOrThrow({ ...selection(query), where: { id } });

builder.mutationFields((t) => ({
  createElection: t.prismaField({
    type: "Election",
    description: "Enter an election with its voter list and candidates, and publish the voter-list notice (names masked)",
    errors: writeResult("CreateElection", "election"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateElectionInput, required: true, description: "The election" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) => {
      const sent = sentFields(input);
      const election = await createElection(ctx.db, signedIn(ctx), {
        ...sent,
        voters: input.voters.map(sentFields),
        candidates: input.candidates.map(sentFields),
      });
      return reload(query, ctx, election.id);
    },
  }),
  recordElectionResults: t.prismaField({
    type: "Election",
    description:
      "Record the count and publish the results: the previous term's postings end and the elected members' postings start on election day",
    errors: writeResult("RecordElectionResults", "election"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: RecordElectionResultsInput, required: true, description: "The count" }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await electionCommunities(ctx.db, String(input.electionId)) }),
    resolve: async (query, _root, { input }, ctx) =>
      reload(
        query,
        ctx,
        (await recordElectionResults(ctx.db, signedIn(ctx), { ...sentFields(input), results: input.results.map(sentFields) })).id,
      ),
  }),
}));
