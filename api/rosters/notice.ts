import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { catalogueItemNamed } from "../catalogue/service.ts";
import { ORGANIZATION_ORDER } from "../communities/labels.ts";
import { inOfficeOn } from "../communities/postings.ts";
import { type Db, inTransaction } from "../db/client.ts";
import type { RosterNotice } from "../db/generated/client.ts";
import { publishNotice } from "../disclosures/service.ts";
import { ValidationError } from "../errors.ts";
import { todayInShanghai } from "../periods.ts";
import { parseInput, requiredText } from "../validation.ts";

/** The catalogue item (公开目录) a roster notice fulfils unless the editor names another. */
export const ROSTER_ITEM = "两委成员、网格员和服务中心人员上岗公示";

const publishInput = z.object({
  communityCode: requiredText("社区代码", 50),
  catalogueItemId: z.string().trim().min(1, "目录事项不能为空").nullish(),
});
export type PublishRosterNoticeInput = z.input<typeof publishInput>;

/** A table cell: one line, no pipe to break the table. */
const cell = (s: string | null | undefined) => (s ?? "—").replace(/[|\n\r]/g, " ").trim() || "—";
const table = (head: string[], rows: (string | null | undefined)[][]) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");

/**
 * Publishes a community's roster as it stands today (Asia/Shanghai) as a notice (上岗公示): each
 * body's members, the grids with their leaders and workers, the building heads and the
 * service-centre staff — name, post, place, duties and duty phone, nothing else. Published means
 * immutable and hashed; the next one is a new notice, and both stay. `catalogueItemId` names the
 * catalogue item it fulfils; without it, the community's item named ROSTER_ITEM, where it has one.
 */
export async function publishRosterNotice(
  db: Db,
  viewer: Viewer,
  raw: PublishRosterNoticeInput,
  at = new Date(),
): Promise<RosterNotice> {
  const input = parseInput(publishInput, raw);
  const asOf = todayInShanghai(at);
  const now = inOfficeOn(asOf);
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({
      where: { code: input.communityCode },
      include: {
        organizations: { include: { postings: { where: now, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] } } },
        grids: {
          orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
          include: { postings: { where: now, orderBy: [{ kind: "asc" }, { sortOrder: "asc" }] } },
        },
        buildings: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }], include: { postings: { where: now } } },
        staffPostings: { where: { ...now, kind: "SERVICE_STAFF" }, orderBy: { sortOrder: "asc" } },
      },
    });
    if (!community) {
      throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${input.communityCode}` }]);
    }
    const orgs = [...community.organizations].sort(
      (a, b) => ORGANIZATION_ORDER.indexOf(a.kind) - ORGANIZATION_ORDER.indexOf(b.kind),
    );
    const sections = [
      `${community.name}截至 ${asOf} 在岗人员如下。`,
      ...orgs.map(
        (o) =>
          `## ${o.name}\n\n${table(
            ["姓名", "职务", "分工", "值班电话"],
            o.postings.map((p) => [p.name, p.role, p.duties, p.publicPhone]),
          )}`,
      ),
      `## 网格\n\n${table(
        ["网格", "范围", "姓名", "岗位", "值班电话"],
        community.grids.flatMap((g) => g.postings.map((p) => [g.name, g.area, p.name, p.title, p.publicPhone])),
      )}`,
      `## 楼长\n\n${table(
        ["楼栋", "姓名"],
        community.buildings.flatMap((b) => b.postings.map((p) => [b.name, p.name])),
      )}`,
      `## 服务中心工作人员\n\n${table(
        ["窗口", "姓名", "岗位", "职责", "值班电话"],
        community.staffPostings.map((p) => [p.counter, p.name, p.title, p.duties, p.publicPhone]),
      )}`,
    ];
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "COMMUNITY_AFFAIRS",
        title: `${community.name}上岗公示（${asOf}）`,
        body: sections.join("\n\n"),
        catalogueItemId: input.catalogueItemId ?? (await catalogueItemNamed(tx, community, ROSTER_ITEM, at)),
        isSample: community.isSample,
      },
      at,
    );
    return tx.rosterNotice.create({ data: { communityId: community.id, asOf, disclosureId: notice.id, createdAt: at } });
  });
}
