import type { Village } from "./load.ts";

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A village's lists as an Atom feed (RFC 4287), newest first: one entry per list, with only the
 * village's households (names masked), the window and the notice's hash. Links are relative to the
 * portal, so the feed works wherever it is served from; ids are tag URIs that never change.
 */
export function villageFeed(village: Village): string {
  const lists = [...village.assistanceLists].sort((a, b) =>
    (b.notice.publishedAt ?? "").localeCompare(a.notice.publishedAt ?? ""),
  );
  const updated = lists[0]?.notice.publishedAt ?? "2026-01-01T00:00:00.000Z";
  const entries = lists.map((l) => {
    const rows = l.rows
      .map((r) => `${r.sequence}. ${r.recipient}，${r.residentGroup}，${r.householdSize} 人，${r.amount} 元，${r.reasonLabel}`)
      .join("\n");
    const text = [
      `${l.community.name}${l.periodLabel}${l.kindLabel}名单：本村 ${l.villageTotals.households} 户 ${l.villageTotals.people} 人，${l.villageTotals.amount} 元。`,
      `审批机关：${l.approvingAuthority}。公示期：${l.window.startsOn} 至 ${l.window.endsOn}。`,
      rows,
      `公告校验值（SHA-256）：${l.notice.contentHash ?? ""}`,
    ].join("\n");
    return `  <entry>
    <id>tag:sunboard,2026:assistance-list:${xml(l.id)}</id>
    <title>${xml(`${l.community.name}${l.periodLabel}${l.kindLabel}名单公示${l.correctionReason ? "（更正）" : ""}`)}</title>
    <updated>${xml(l.notice.publishedAt ?? updated)}</updated>
    <published>${xml(l.notice.publishedAt ?? updated)}</published>
    <link rel="alternate" type="text/html" href="/c/${xml(l.community.code)}/assistance/${xml(l.id)}/"/>
    <category term="${xml(l.kind)}" label="${xml(l.kindLabel)}"/>
    <content type="text">${xml(text)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>tag:sunboard,2026:village:${xml(village.code)}</id>
  <title>${xml(`${village.name}原村民救助和帮扶公示`)}</title>
  <subtitle>${xml(`${village.place}：迁入地社区和迁出村同步公开`)}</subtitle>
  <updated>${xml(updated)}</updated>
  <author><name>阳光公示栏</name></author>
  <link rel="self" type="application/atom+xml" href="/v/${xml(village.code)}/feed.xml"/>
  <link rel="alternate" type="text/html" href="/v/${xml(village.code)}/"/>
${entries.join("\n")}
</feed>
`;
}
