import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { correct, createDraft, publish, withdraw } from "../../api/disclosures/service.ts";
import { at } from "./calendar.ts";
import { DOMAIN_SEEDS } from "./domains.ts";
import { personName } from "./people.ts";
import { COMMUNITIES, COUNTIES, type CommunitySpec, TOWNSHIPS } from "./places.ts";

const SAMPLE_NOTE = "\n\n> 示例数据：本条为演示用的虚构内容，不代表任何真实社区。";

function partyLevel(members: number) {
  if (members >= 100) return { level: "COMMITTEE", suffix: "委员会", unit: "党委" } as const;
  if (members >= 50) return { level: "GENERAL_BRANCH", suffix: "总支部委员会", unit: "党总支" } as const;
  return { level: "BRANCH", suffix: "支部委员会", unit: "党支部" } as const;
}

const ROLES = {
  PARTY_ORGANIZATION: [
    ["书记", "主持党组织全面工作，落实党建引领社区治理"],
    ["副书记", "协助书记工作，分管群众工作和网格管理"],
    ["组织委员", "负责党员教育管理、发展党员和“三会一课”记录"],
    ["宣传委员", "负责政策宣传、党务公开栏和志愿服务"],
    ["纪检委员", "负责党风廉政建设和党员监督"],
  ],
  RESIDENTS_COMMITTEE: [
    ["主任", "主持居委会工作，召集居民（代表）会议"],
    ["副主任", "分管就业服务和后续扶持项目"],
    ["委员", "负责社会救助、养老服务和残疾人工作"],
    ["委员", "负责人民调解、治安保卫和消防安全"],
    ["委员", "负责公共卫生、环境整治和物业协调"],
  ],
  SUPERVISION_COMMITTEE: [
    ["主任", "主持民主理财，审核财务公开内容"],
    ["委员", "监督居务公开和重大事项决策程序"],
    ["委员", "收集居民意见，跟进质询答复"],
  ],
  OWNERS_COMMITTEE: [
    ["主任", "代表业主与物业服务企业协商"],
    ["副主任", "监督物业服务质量和公共收益使用"],
    ["委员", "收集业主意见和维修需求"],
  ],
} as const;

function orgName(kind: keyof typeof ROLES, spec: CommunitySpec, county: string, township: string): string {
  switch (kind) {
    case "PARTY_ORGANIZATION":
      return `中共${county}${township}${spec.name}${partyLevel(spec.partyMembers).suffix}`;
    case "RESIDENTS_COMMITTEE":
      return `${spec.name}居民委员会`;
    case "SUPERVISION_COMMITTEE":
      return `${spec.name}居务监督委员会`;
    case "OWNERS_COMMITTEE":
      return `${spec.short}小区业主委员会`;
  }
}

interface DemoDisclosure {
  category: string;
  title: string;
  body: string;
  period: string;
  publishedAt: string;
}

function disclosuresFor(spec: CommunitySpec, i: number, unit: string): DemoDisclosure[] {
  const groups = Math.round(spec.households / (spec.placement === "INSIDE_PLANNING_AREA" ? 100 : 45));
  const grids = Math.max(2, Math.ceil(spec.households / 280));
  return [
    {
      category: "PARTY_AFFAIRS",
      title: `${spec.name}${unit}2026年第三季度“三会一课”开展情况`,
      period: "2026-Q3",
      publishedAt: "2026-10-09T10:00:00",
      body: `本季度${spec.name}${unit}按计划开展“三会一课”，现将情况公开如下：

| 项目 | 次数 | 参加人数 |
| --- | ---: | ---: |
| 支部党员大会 | 1 | ${spec.partyMembers - 3 - (i % 4)} |
| 支部委员会 | 3 | 5 |
| 党小组会 | ${grids * 3} | ${spec.partyMembers - 1 - (i % 3)} |
| 党课 | 1 | ${spec.partyMembers - 2} |

党课主题：学习易地扶贫搬迁后续扶持政策，做好搬迁群众就业帮扶。

对以上内容如有意见，请在公示期内向社区党群服务中心反映。${SAMPLE_NOTE}`,
    },
    {
      category: "PARTY_AFFAIRS",
      title: `关于确定${spec.name}2026年度发展对象的公示`,
      period: "2026-10-15/2026-10-21",
      publishedAt: "2026-10-15T09:00:00",
      body: `经党员推荐、群团组织推优和支部委员会研究，拟确定以下同志为2026年度发展对象，现予公示：

1. ${personName(i, 20)}，${spec.short}${(i % 3) + 2}栋居民，网格员
2. ${personName(i, 21)}，扶贫车间班组长

公示期：2026年10月15日至10月21日。如有意见，可向${unit}或镇党委组织办反映。${SAMPLE_NOTE}`,
    },
    {
      category: "COMMUNITY_AFFAIRS",
      title: `${spec.name}居务公开目录（2026年版）`,
      period: "2026",
      publishedAt: "2026-01-06T09:30:00",
      body: `依据居务公开有关规定，本社区公开以下事项：

| 公开事项 | 公开时限 |
| --- | --- |
| 社区工作进展和结果 | 每季度 |
| 收入和支出情况 | 每月 |
| 物业、水、电、燃气等收费价格及收缴情况 | 价格变动时及每月 |
| 就业岗位和技能培训信息 | 每月 |
| 社会救助和帮扶情况 | 随时（迁入地社区与迁出村同步公开） |
| 重大事项“四议两公开” | 决议后及实施后 |

本社区共${spec.households}户${spec.population}人，划分居民小组${groups}个、网格${grids}个。${SAMPLE_NOTE}`,
    },
    {
      category: "COMMUNITY_AFFAIRS",
      title: `${spec.name}2026年10月工作进展`,
      period: "2026-10",
      publishedAt: "2026-11-03T16:00:00",
      body: `**就业服务**：本月新登记求职${12 + (i % 5) * 3}人，推荐上岗${8 + (i % 4) * 2}人。

**社区服务**：办理居住证明、医保接续等事项${40 + i * 7}件，均在承诺时限内办结。

**环境整治**：组织楼栋长和志愿者开展卫生大扫除${2 + (i % 2)}次。${SAMPLE_NOTE}`,
    },
  ];
}

export async function seedDemo(db: Db): Promise<{ communities: number; disclosures: number }> {
  const counties = new Map<string, string>();
  for (const c of COUNTIES) {
    const row = await db.county.create({ data: { code: c.code, name: c.name, province: c.province, prefecture: c.prefecture } });
    counties.set(c.code, row.id);
  }
  const townships = new Map<string, { id: string; name: string; county: (typeof COUNTIES)[number] }>();
  for (const t of TOWNSHIPS) {
    const county = COUNTIES.find((c) => c.code === t.county);
    if (!county) throw new Error(`unknown county ${t.county}`);
    const row = await db.township.create({
      data: { code: t.code, name: t.name, kind: t.kind, countyId: counties.get(t.county) ?? "" },
    });
    townships.set(t.code, { id: row.id, name: t.name, county });
  }

  const loader = await db.user.create({ data: { name: "示例数据导入", role: "ADMIN" } });
  const viewer: Viewer = {
    userId: loader.id,
    tokenId: "",
    name: "社区两委（示例）",
    role: "ADMIN",
    countyId: null,
    communityIds: new Set(),
  };

  let disclosures = 0;
  for (const [i, spec] of COMMUNITIES.entries()) {
    const township = townships.get(spec.township);
    if (!township) throw new Error(`unknown township ${spec.township}`);
    const area = township.county.phoneArea;
    const community = await db.community.create({
      data: {
        code: spec.code,
        name: spec.name,
        townshipId: township.id,
        placement: spec.placement,
        settlementKind: spec.settlementKind,
        households: spec.households,
        population: spec.population,
        relocationYearFrom: spec.years[0],
        relocationYearTo: spec.years[1],
        serviceCentreName: `${spec.name}综合服务中心`,
        serviceCentrePhone: `${area}-66${String(31000 + i * 137).padStart(5, "0")}`,
        address: spec.address,
        isSample: true,
      },
    });
    const party = partyLevel(spec.partyMembers);
    const kinds = (Object.keys(ROLES) as (keyof typeof ROLES)[]).filter(
      (k) => k !== "OWNERS_COMMITTEE" || spec.hasOwnersCommittee,
    );
    let person = 0;
    for (const kind of kinds) {
      await db.organization.create({
        data: {
          communityId: community.id,
          kind,
          name: orgName(kind, spec, township.county.name, township.name),
          partyLevel: kind === "PARTY_ORGANIZATION" ? party.level : null,
          memberCount: kind === "PARTY_ORGANIZATION" ? spec.partyMembers : null,
          electedOn: kind === "OWNERS_COMMITTEE" ? "2024-06-16" : "2021-09-18",
          postings: {
            create: ROLES[kind].map(([role, duties], n) => ({
              name: personName(i, person++),
              role,
              duties,
              sortOrder: n,
              startedOn: kind === "OWNERS_COMMITTEE" ? "2024-06-16" : "2021-09-18",
              // Only the duty phone of whoever leads the body is meant to be public.
              publicPhone:
                n === 0 && kind !== "OWNERS_COMMITTEE" ? `${area}-66${String(31001 + i * 137 + person).padStart(5, "0")}` : null,
            })),
          },
        },
      });
    }

    const published: string[] = [];
    for (const d of disclosuresFor(spec, i, party.unit)) {
      const draft = await createDraft(db, viewer, {
        communityCodes: [spec.code],
        categoryCode: d.category,
        title: d.title,
        body: d.body,
        period: d.period,
      });
      await db.disclosure.update({ where: { id: draft.id }, data: { isSample: true } });
      await publish(db, viewer, { id: draft.id }, at(d.publishedAt));
      published.push(draft.id);
      disclosures++;
    }

    if (spec.code === "RJ-YANGGUANG" && published[3]) {
      await correct(
        db,
        viewer,
        {
          id: published[3],
          input: {
            title: `${spec.name}2026年10月工作进展（更正）`,
            body: `**就业服务**：本月新登记求职18人，推荐上岗12人（原公示误写为“推荐上岗21人”）。

**社区服务**：办理居住证明、医保接续等事项54件，均在承诺时限内办结。

**环境整治**：组织楼栋长和志愿者开展卫生大扫除3次。${SAMPLE_NOTE}`,
            period: "2026-10",
            reason: "推荐上岗人数统计有误，经核对台账更正为12人",
          },
        },
        at("2026-11-05T11:00:00"),
      );
      disclosures++;
    }
    if (spec.code === "RJ-WOLONG") {
      const notice = await createDraft(db, viewer, {
        communityCodes: [spec.code],
        categoryCode: "COMMUNITY_AFFAIRS",
        title: "关于11月8日小区停水检修的通知",
        body: `因供水管网检修，11月8日8:00至18:00小区停水，请居民提前储水。${SAMPLE_NOTE}`,
        period: "2026-11-08/2026-11-08",
      });
      await db.disclosure.update({ where: { id: notice.id }, data: { isSample: true } });
      await publish(db, viewer, { id: notice.id }, at("2026-11-06T15:00:00"));
      await withdraw(
        db,
        viewer,
        { id: notice.id, reason: "供水公司通知检修改期，原通知撤回，新时间另行公告" },
        at("2026-11-07T09:20:00"),
      );
      disclosures++;
    }
    if (spec.code === "RJ-FUMIN") {
      // A draft: staff can see it, the public never does.
      await createDraft(db, viewer, {
        communityCodes: [spec.code],
        categoryCode: "COMMUNITY_AFFAIRS",
        title: "2026年11月工作进展（草稿）",
        body: "待补充。",
        period: "2026-11",
      });
    }
  }
  // An assistance notice published in two places at once (迁入地社区和迁出村同步公开 in spirit):
  // one county posting that targets several communities.
  const joint = await createDraft(db, viewer, {
    communityCodes: COMMUNITIES.filter((c) => c.code.startsWith("RJ-")).map((c) => c.code),
    categoryCode: "COMMUNITY_AFFAIRS",
    title: "榕江县2026年冬季搬迁群众就业帮扶政策告知",
    body: `县人社局提醒：搬迁劳动力参加县内企业就业，可申请一次性求职创业补贴；参加脱产技能培训的，按规定享受培训补贴和每天40元生活费补助。

详情请咨询所在社区就业服务窗口。${SAMPLE_NOTE}`,
    period: "2026-Q4",
  });
  await db.disclosure.update({ where: { id: joint.id }, data: { isSample: true } });
  await publish(db, viewer, { id: joint.id }, at("2026-10-20T10:00:00"));
  disclosures++;

  for (const seed of DOMAIN_SEEDS) disclosures += await seed(db, viewer);

  return { communities: COMMUNITIES.length, disclosures };
}
