import { countColumn, defineColumns, defineDataset, newest, textColumn, yesNoColumn } from "~/lib/data/dataset.ts";
import { loadElections } from "./load.ts";

const COLUMNS = defineColumns([
  textColumn("election", "选举编号", 28),
  textColumn("organization", "选举机构", 24),
  textColumn("body", "选举类别", 16),
  textColumn("electionDay", "选举日", 12),
  textColumn("status", "进展", 10),
  countColumn("seats", "应选名额"),
  countColumn("voters", "登记选民"),
  countColumn("ballotsCast", "参加投票"),
  countColumn("invalidBallots", "无效票"),
  textColumn("turnout", "投票率", 10),
  textColumn("candidate", "候选人", 10),
  textColumn("post", "职务", 12),
  countColumn("votes", "得票"),
  textColumn("voteShare", "得票率", 10),
  textColumn("result", "结果", 10),
  yesNoColumn("reElected", "连任"),
  textColumn("resultsNotice", "选举结果公告编号", 28),
  textColumn("resultsHash", "SHA-256 校验值", 66),
]);

/**
 * Candidates and results, one row per candidate. The voter list is left out: the public page shows
 * it only masked and the full list is posted on the notice board, so the open data adds nothing to it.
 */
export const ELECTION_DATASETS = [
  defineDataset({
    id: "election-results",
    title: "换届选举候选人和结果",
    description: "每次换届选举的每位候选人：所竞职务、得票、得票率和是否当选，以及登记选民、参加投票人数和投票率。",
    frequency: "IRREG",
    scope: "community",
    columns: COLUMNS,
    sheetName: "选举结果",
    async load(code) {
      const elections = await loadElections(code);
      const rows = elections.flatMap((e) =>
        e.candidates.map((c) => ({
          election: e.id,
          organization: e.organization.name,
          body: e.bodyLabel,
          electionDay: e.electionDay,
          status: e.statusLabel,
          seats: e.seats,
          voters: e.voterCount,
          ballotsCast: e.ballotsCast,
          invalidBallots: e.invalidBallots,
          turnout: e.turnout,
          candidate: c.name,
          post: c.post,
          votes: c.votes,
          voteShare: c.voteShare,
          result: c.resultLabel,
          reElected: c.reElected,
          resultsNotice: e.resultsNotice?.id ?? null,
          resultsHash: e.resultsNotice?.contentHash ?? null,
        })),
      );
      return { rows, modified: newest(elections.flatMap((e) => [e.voterListNotice?.publishedAt, e.resultsNotice?.publishedAt])) };
    },
  }),
];
