import { query } from "~/lib/api.ts";
import { builtAt } from "~/lib/catalogue/load.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityQuestions, CountyOverdueQuestions } from "./queries.ts";

type Loaded = NonNullable<ResultOf<typeof CommunityQuestions>["community"]>;
export type Question = Loaded["questions"][number];
export type QuestionSummary = Loaded["questionSummary"];

/**
 * Where the question forms post: the relative /questions, right whenever the API process serves the
 * portal (npm start; also builds made with SUNBOARD_API_URL and then served by that API). A portal
 * hosted elsewhere is built with SUNBOARD_QUESTIONS_URL set to the API's form address, e.g.
 * https://api.example.org/questions.
 */
export function questionFormAction(): string {
  return process.env.SUNBOARD_QUESTIONS_URL || "/questions";
}

/** The instant standings are judged on: the build's, the same for every page of one build. */
const asOf = builtAt();
export const questionsAsOf = () => asOf;

/** A community's questions (standings as of the build) and their counts; one query per community, cached for the build. */
const cache = new Map<string, Promise<Loaded>>();
export function loadQuestions(code: string): Promise<Loaded> {
  let found = cache.get(code);
  if (!found) {
    found = query(CommunityQuestions, { code, asOf }).then((r) => present(r.community, code));
    cache.set(code, found);
  }
  return found;
}

/** The questions about one record, from each community it is published in, newest first. */
export async function questionsAbout(codes: readonly string[], subjectKind: string, subjectId: string): Promise<Question[]> {
  const all = await Promise.all(codes.map(loadQuestions));
  return all
    .flatMap((c) => c.questions)
    .filter((q) => q.subjectKind === subjectKind && q.subjectId === subjectId)
    .sort((a, b) => b.askedAt.localeCompare(a.askedAt));
}

/** A county's communities with their overdue questions, as of the build. */
export async function loadCountyOverdueQuestions(county: string) {
  return present((await query(CountyOverdueQuestions, { county, asOf })).county, county).overdueQuestions;
}

/** One line for the community page: how many questions, answered, overdue. */
export async function questionsStatusLine(code: string): Promise<string> {
  const s = (await loadQuestions(code)).questionSummary;
  if (s.total === 0) return "尚无居民提问";
  const overdue = s.overdue > 0 ? `，${s.overdue} 个逾期未答复` : "";
  return `共 ${s.total} 个问题，已答复 ${s.answered} 个${overdue}`;
}
