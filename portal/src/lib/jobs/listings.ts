import { loadCommunity } from "~/lib/communities/load.ts";
import { type AtomFeed, atomResponse as feedResponse, tagUri } from "~/lib/feeds/atom.ts";
import { sectionHref } from "~/lib/sections.ts";
import { destinationProvinces, type Job, jobFields, loadDestinations, openJobs } from "./load.ts";
import { JOB_VIEWS, type JobView } from "./views.ts";

/**
 * A pre-built list of postings: its page and its Atom feed are built from the same value, so the
 * feed lists exactly the page's postings.
 */
export interface Listing {
  /** 富民社区就业岗位 · 外出务工：浙江省宁波市 */
  title: string;
  /** What the list is narrowed to, for the heading and crumbs. */
  label: string;
  /** The page, ending in "/"; the feed is `${href}feed.xml`. */
  href: string;
  jobs: Job[];
}

export const feedHref = (listing: Pick<Listing, "href">) => `${listing.href}feed.xml`;

/** A community's list in one of the pre-built views (pay is the section's front page). */
export async function communityListing(code: string, view: JobView): Promise<Listing> {
  const community = await loadCommunity(code);
  const base = sectionHref(code, "jobs");
  return {
    title: `${community.name}就业岗位 · ${JOB_VIEWS[view].label}`,
    label: JOB_VIEWS[view].label,
    href: view === "pay" ? base : `${base}${view}/`,
    jobs: await openJobs({ communityCode: code }, view),
  };
}

/** A community's labour export (外出务工) to one province, or one city of it. */
export async function destinationListing(
  code: string,
  to: { provinceCode: string; province: string; city?: { slug: string; name: string } },
): Promise<Listing> {
  const community = await loadCommunity(code);
  const place = `${to.province}${to.city?.name ?? ""}`;
  return {
    title: `${community.name}就业岗位 · 外出务工：${place}`,
    label: `外出务工：${place}`,
    href: `${sectionHref(code, "jobs")}to/${to.provinceCode}/${to.city ? `${to.city.slug}/` : ""}`,
    jobs: await openJobs({ communityCode: code }, "away", {
      workProvince: to.province,
      ...(to.city ? { workCity: to.city.name } : {}),
    }),
  };
}

/** Every open posting of a county, by pay. */
export async function countyListing(county: string, name: string): Promise<Listing> {
  return {
    title: `${name}就业岗位`,
    label: "全部岗位",
    href: `/county/${county}/jobs/`,
    jobs: await openJobs({ countyCode: county }, "pay"),
  };
}

/**
 * The listing as an Atom feed, so a family or a WeChat group admin can follow exactly the list they
 * need in any feed reader.
 */
export function atomFeed(listing: Listing, builtAt: string): AtomFeed {
  return {
    id: tagUri(listing.href),
    title: listing.title,
    subtitle: `正在招聘的岗位，${listing.jobs.length} 个；过了截止日期的岗位不再列出`,
    self: feedHref(listing),
    alternate: listing.href,
    updated: builtAt,
    entries: listing.jobs.map((raw) => {
      const j = jobFields(raw);
      return {
        id: tagUri(`/jobs/${j.id}/`),
        title: j.title,
        href: `/jobs/${j.id}/`,
        published: `${j.validFrom}T00:00:00+08:00`,
        updated: j.updatedAt,
        author: j.employer.name,
        category: { term: j.kind, label: j.kindLabel },
        summary: `${j.employer.name} · ${j.payText} · 工作地点：${j.placeOfWork}（${j.locationScopeLabel}）· 招${j.openings}人 · 截止 ${j.validUntil} · 报名电话 ${j.applyPhone}`,
      };
    }),
  };
}

export const atomResponse = (listing: Listing): Response => feedResponse(atomFeed(listing, new Date().toISOString()));

/** Links to a community's pages by province and by city of work, marking the one being read. */
export async function destinationLinks(code: string, currentHref: string) {
  const list = await loadDestinations({ communityCode: code });
  const base = `${sectionHref(code, "jobs")}to/`;
  return destinationProvinces(list)
    .flatMap((p) => [
      { text: `${p.province}（全省）`, href: `${base}${p.provinceCode}/` },
      ...list
        .filter((d) => d.provinceCode === p.provinceCode)
        .map((d) => ({ text: `${d.province}${d.city}`, href: `${base}${d.provinceCode}/${d.citySlug}/` })),
    ])
    .map((link) => ({ ...link, current: link.href === currentHref }));
}
