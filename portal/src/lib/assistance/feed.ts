import { type AtomFeed, tagUri } from "~/lib/feeds/atom.ts";
import type { Village } from "./load.ts";

/**
 * A village's lists as an Atom feed, newest first: one entry per list, with only the village's
 * households (names masked), the window and the notice's hash.
 */
export function villageFeed(village: Village): AtomFeed {
  const lists = [...village.assistanceLists].sort((a, b) =>
    (b.notice.publishedAt ?? "").localeCompare(a.notice.publishedAt ?? ""),
  );
  const updated = lists[0]?.notice.publishedAt ?? "2026-01-01T00:00:00.000Z";
  return {
    id: tagUri(`village:${village.code}`),
    title: `${village.name}原村民救助和帮扶公示`,
    subtitle: `${village.place}：迁入地社区和迁出村同步公开`,
    self: `/v/${village.code}/feed.xml`,
    alternate: `/v/${village.code}/`,
    updated,
    entries: lists.map((l) => {
      const rows = l.rows
        .map((r) => `${r.sequence}. ${r.recipient}，${r.residentGroup}，${r.householdSize} 人，${r.amount} 元，${r.reasonLabel}`)
        .join("\n");
      return {
        id: tagUri(`assistance-list:${l.id}`),
        title: `${l.community.name}${l.periodLabel}${l.kindLabel}名单公示${l.correctionReason ? "（更正）" : ""}`,
        href: `/c/${l.community.code}/assistance/${l.id}/`,
        published: l.notice.publishedAt ?? updated,
        updated: l.notice.publishedAt ?? updated,
        category: { term: l.kind, label: l.kindLabel },
        content: [
          `${l.community.name}${l.periodLabel}${l.kindLabel}名单：本村 ${l.villageTotals.households} 户 ${l.villageTotals.people} 人，${l.villageTotals.amount} 元。`,
          `审批机关：${l.approvingAuthority}。公示期：${l.window.startsOn} 至 ${l.window.endsOn}。`,
          rows,
          `公告校验值（SHA-256）：${l.notice.contentHash ?? ""}`,
        ].join("\n"),
      };
    }),
  };
}
