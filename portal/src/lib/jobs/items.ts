import { tagUri } from "~/lib/feeds/atom.ts";
import { newestFirst, type PublishedItem } from "~/lib/feeds/items.ts";
import { jobFields, openJobs } from "./load.ts";

/** Shanghai midnight of an ISO date, as an instant, so dates sort beside publication times. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

/** A community's open postings, newest first: the jobs card of the community page. */
export async function jobItems(code: string): Promise<PublishedItem[]> {
  return (await openJobs({ communityCode: code }, "newest"))
    .map(jobFields)
    .map((j) => ({
      id: tagUri(`/jobs/${j.id}/`),
      title: `${j.title}（${j.employer.name}）`,
      href: `/jobs/${j.id}/`,
      date: dayStart(j.validFrom),
      category: { term: j.kind, label: j.kindLabel },
    }))
    .sort(newestFirst);
}
