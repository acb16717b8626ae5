import { maskName } from "../names.ts";
import { ELECTION_RULES, percent } from "./rules.ts";

/**
 * The two notices of an election, generated from the records so that the published (and hashed)
 * text says exactly what the records say. Voters appear only masked (张*芳) beside their group.
 */
export interface ElectionHeading {
  bodyName: string;
  electionDay: string;
  voterListPublishedOn: string;
  seats: number;
}

export interface VoterGroup {
  group: string;
  count: number;
}

/** Voters counted by group, in the order the groups first appear on the list. */
export function groupCounts(voters: readonly { group: string }[]): VoterGroup[] {
  const counts = new Map<string, number>();
  for (const v of voters) counts.set(v.group, (counts.get(v.group) ?? 0) + 1);
  return [...counts].map(([group, count]) => ({ group, count }));
}

export function voterListMarkdown(
  e: ElectionHeading,
  voters: readonly { name: string; group: string }[],
  candidates: readonly { name: string; post: string }[],
): string {
  const groups = groupCounts(voters);
  return [
    `${e.bodyName}换届选举定于 **${e.electionDay}** 举行，应选 ${e.seats} 名。现将选民名单予以公布（${e.voterListPublishedOn} 张贴公布，距选举日不少于 ${ELECTION_RULES.voterListLeadDays} 日）。`,
    "",
    `登记选民共 ${voters.length} 人：`,
    "",
    "| 居民小组 | 选民人数 |",
    "| --- | ---: |",
    ...groups.map((g) => `| ${g.group} | ${g.count} |`),
    "",
    "## 选民名单（网上公布时姓名隐去中间字）",
    "",
    ...groups.map(
      (g) =>
        `- ${g.group}：${voters
          .filter((v) => v.group === g.group)
          .map((v) => maskName(v.name))
          .join("、")}`,
    ),
    "",
    ...(candidates.length ? ["## 候选人", "", ...candidates.map((c, i) => `${i + 1}. ${c.name}（${c.post}）`), ""] : []),
    "完整名单张贴于社区公示栏。选民对名单有不同意见的，请在选举日前向社区选举委员会提出，选举委员会依法作出处理。",
  ].join("\n");
}

export function resultsMarkdown(
  e: ElectionHeading,
  count: { registered: number; ballotsCast: number; invalidBallots: number },
  candidates: readonly { name: string; post: string; votes: number; elected: boolean }[],
): string {
  const elected = candidates.filter((c) => c.elected);
  return [
    `${e.bodyName}换届选举于 ${e.electionDay} 举行，现将选举结果公告如下。`,
    "",
    `- 登记选民：${count.registered} 人`,
    `- 参加投票：${count.ballotsCast} 人（投票率 ${percent(count.ballotsCast, count.registered)}）`,
    `- 有效票：${count.ballotsCast - count.invalidBallots} 张，无效票：${count.invalidBallots} 张`,
    "",
    "| 候选人 | 职务 | 得票 | 结果 |",
    "| --- | --- | ---: | --- |",
    ...candidates.map((c) => `| ${c.name} | ${c.post} | ${c.votes} | ${c.elected ? "当选" : "未当选"} |`),
    "",
    `当选人：${elected.map((c) => `${c.name}（${c.post}）`).join("、")}。新一届任期自 ${e.electionDay} 起。`,
  ].join("\n");
}

/** The full voter list for the notice board: printable HTML, for the community's editors only. */
export function voterListPrintHtml(e: ElectionHeading, voters: readonly { name: string; group: string }[]): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const groups = groupCounts(voters);
  const sections = groups.map((g) => {
    const names = voters.filter((v) => v.group === g.group).map((v, i) => `<li>${i + 1}. ${esc(v.name)}</li>`);
    return `<section><h2>${esc(g.group)}（${g.count} 人）</h2><ol>${names.join("")}</ol></section>`;
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(e.bodyName)}选民名单</title>
<style>@page{size:A4;margin:15mm}body{font-family:sans-serif;font-size:12pt}ol{columns:4;list-style:none;padding:0}h2{font-size:13pt;break-after:avoid}section{break-inside:avoid-page}</style>
</head><body>
<h1>${esc(e.bodyName)}换届选举选民名单</h1>
<p>选举日：${e.electionDay}；张贴公布日期：${e.voterListPublishedOn}；登记选民共 ${voters.length} 人。</p>
${sections.join("\n")}
<p>本名单仅供张贴于社区公示栏，不得在互联网上公布。</p>
</body></html>
`;
}
