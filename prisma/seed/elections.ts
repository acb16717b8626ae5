import type { Viewer } from "../../api/auth/viewer.ts";
import { addDays } from "../../api/catalogue/status.ts";
import type { Db } from "../../api/db/client.ts";
import { createElection, recordElectionResults } from "../../api/elections/service.ts";
import { todayInShanghai } from "../../api/periods.ts";
import { at } from "./calendar.ts";
import { personName, voterName } from "./people.ts";
import { COMMUNITIES, type CommunitySpec } from "./places.ts";

/**
 * Demo elections (示例数据). Every community held its 2024 residents' committee election: voter list
 * posted 2024-08-26, election on 2024-09-20, whose results produced the committee in office (the
 * members of the 2021 term re-elected, except in every second community, where a newcomer took
 * the last seat). 丰乐's Party branch is to be re-elected: its voter list went up five days before
 * the demo is seeded and election day is 18 days after seeding, so the portal counts down to it.
 * Voter lists are a sample of a few voters per residents' group, named from their own pool of
 * names (people.ts), so that no voter's full name appears anywhere on the public site.
 */

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const ordinal = (n: number) =>
  n <= 10 ? (NUMERALS[n - 1] ?? "") : `${n >= 20 ? NUMERALS[Math.floor(n / 10) - 1] : ""}十${NUMERALS[(n % 10) - 1] ?? ""}`;

/** Residents' groups by the planning-area rule of DOMAIN.md (about 100 or 45 households each). */
const groupCount = (spec: CommunitySpec) =>
  Math.max(3, Math.round(spec.households / (spec.placement === "INSIDE_PLANNING_AREA" ? 100 : 45)));

function sampleVoters(i: number, groups: number, label: (g: number) => string, perGroup: (g: number) => number) {
  const voters: { name: string; group: string }[] = [];
  for (let g = 1; g <= groups; g++) {
    for (let k = 0; k < perGroup(g); k++) voters.push({ name: voterName(i, voters.length), group: label(g) });
  }
  return voters;
}

async function incumbents(db: Db, communityId: string, kind: "RESIDENTS_COMMITTEE" | "PARTY_ORGANIZATION") {
  const org = await db.organization.findUniqueOrThrow({
    where: { communityId_kind: { communityId, kind } },
    include: { postings: { where: { endedOn: null }, orderBy: { sortOrder: "asc" } } },
  });
  return org.postings;
}

export async function seedElections(db: Db, staff: Viewer): Promise<number> {
  let published = 0;
  for (const [i, spec] of COMMUNITIES.entries()) {
    const community = await db.community.findUniqueOrThrow({ where: { code: spec.code } });
    const members = await incumbents(db, community.id, "RESIDENTS_COMMITTEE");
    const newcomer = personName(i, 30);
    const voters = sampleVoters(
      i,
      groupCount(spec),
      (g) => `第${ordinal(g)}居民小组`,
      (g) => 5 + ((i + g) % 4),
    );
    const election = await createElection(
      db,
      staff,
      {
        communityCode: spec.code,
        body: "RESIDENTS_COMMITTEE",
        electionDay: "2024-09-20",
        voterListPublishedOn: "2024-08-26",
        seats: members.length,
        voters,
        candidates: [...members.map((m) => ({ name: m.name, post: m.role })), { name: newcomer, post: "委员" }],
      },
      at("2024-08-26T09:00:00"),
    );
    published++;
    const candidates = await db.electionCandidate.findMany({ where: { electionId: election.id }, orderBy: { sequence: "asc" } });
    const ballotsCast = voters.length - 2 - (i % 4);
    const invalidBallots = i % 2;
    const valid = ballotsCast - invalidBallots;
    // In every second community the newcomer takes the last incumbent's seat.
    const newcomerWins = i % 2 === 1;
    const last = members.length - 1;
    await recordElectionResults(
      db,
      staff,
      {
        electionId: election.id,
        ballotsCast,
        invalidBallots,
        results: candidates.map((c, n) => {
          const incumbent = members[n];
          const beaten = newcomerWins && n === last;
          const isNewcomer = incumbent === undefined;
          const elected = isNewcomer ? newcomerWins : !beaten;
          // Each voter marks up to as many names as there are seats: most mark the incumbents.
          const votes = elected
            ? valid - Math.floor(valid * 0.12) - ((n * 3 + i) % 7) - (isNewcomer ? 3 : 0)
            : Math.floor(valid * 0.35) + n;
          const duties = incumbent?.duties ?? members[last]?.duties ?? "负责居民小组联络";
          return {
            candidateId: c.id,
            votes,
            elected,
            duties: elected ? duties : null,
            publicPhone: elected ? (incumbent?.publicPhone ?? null) : null,
            continuesPostingId: elected && incumbent ? incumbent.id : null,
          };
        }),
      },
      at("2024-09-20T18:30:00"),
    );
    published++;
  }

  // 丰乐's Party branch: the voter list (its full Party members, by Party group) is up, election day is ahead.
  const index = COMMUNITIES.findIndex((c) => c.code === "RJ-FENGLE");
  const spec = COMMUNITIES[index];
  if (spec) {
    const community = await db.community.findUniqueOrThrow({ where: { code: spec.code } });
    const members = await incumbents(db, community.id, "PARTY_ORGANIZATION");
    const today = todayInShanghai();
    const postedOn = addDays(today, -5);
    const groups = 3;
    await createElection(
      db,
      staff,
      {
        communityCode: spec.code,
        body: "PARTY_ORGANIZATION",
        electionDay: addDays(today, 18),
        voterListPublishedOn: postedOn,
        seats: members.length,
        voters: sampleVoters(
          index,
          groups,
          (g) => `第${ordinal(g)}党小组`,
          (g) => Math.floor(spec.partyMembers / groups) + (g <= spec.partyMembers % groups ? 1 : 0),
        ),
        candidates: [...members.map((m) => ({ name: m.name, post: m.role })), { name: personName(index, 31), post: "委员" }],
      },
      at(`${postedOn}T09:00:00`),
    );
    published++;
  }
  return published;
}
