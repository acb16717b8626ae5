import type { VariablesOf } from "~/lib/graphql.ts";
import { pageCommunityCodes } from "~/lib/paths.ts";
import type { JobList } from "./queries.ts";

type Filter = NonNullable<VariablesOf<typeof JobList>["filter"]>;

/**
 * The common ways job seekers narrow the list, each pre-built as its own page so that filtering
 * works without JavaScript. Keys are URL segments.
 */
export const JOB_VIEWS = {
  pay: { label: "工资从高到低", sort: "PAY", filter: {} },
  newest: { label: "最新发布", sort: "NEWEST", filter: {} },
  "home-based": { label: "可居家就业", sort: "PAY", filter: { homeBasedOnly: true } },
  flexible: { label: "弹性时间", sort: "PAY", filter: { flexibleOnly: true } },
  "public-welfare": { label: "公益性岗位", sort: "PAY", filter: { kind: "PUBLIC_WELFARE" } },
  nearby: { label: "社区内和县内", sort: "PAY", filter: { scopes: ["COMMUNITY", "COUNTY"] } },
  away: { label: "外出务工", sort: "PAY", filter: { scopes: ["PROVINCE", "OUT_OF_PROVINCE"] } },
} as const satisfies Record<string, { label: string; sort: "PAY" | "NEWEST"; filter: Filter }>;

export type JobView = keyof typeof JOB_VIEWS;
export const jobViews = Object.keys(JOB_VIEWS) as JobView[];

/** getStaticPaths of the filtered views of every community: /c/<code>/jobs/<view>/ (pay is the section's front page). */
export async function viewPaths() {
  return (await pageCommunityCodes()).flatMap((code) =>
    jobViews.filter((v) => v !== "pay").map((view) => ({ params: { code, view } })),
  );
}
