import type { Viewer } from "../../api/auth/viewer.ts";
import {
  type CountyCatalogueItemInput,
  createCommunityCatalogueItem,
  createCountyCatalogueItem,
  suspendCatalogueItem,
} from "../../api/catalogue/service.ts";
import type { Db } from "../../api/db/client.ts";
import { publishNotice } from "../../api/disclosures/service.ts";
import { MEETING_SCHEDULE } from "../../api/party/rules.ts";
import { at } from "./calendar.ts";
import { COMMUNITIES, COUNTIES } from "./places.ts";

/**
 * Demo disclosure catalogues (示例数据). Each county's default catalogue follows DOMAIN.md's rules in
 * numbers: finances monthly by the 10th (Organic Law of Villagers' Committees art. 30, followed by
 * local rule), fees and jobs/training monthly ([001] 附件4 三(六)14, [000] 二(四)2), ordinary items
 * at least quarterly, major items within days, and one item per kind of Party meeting with the
 * frequency of the Party-affairs table (api/party/rules.ts: branch members' meeting and Party lesson
 * quarterly, branch committee, Party group and 主题党日 monthly, 组织生活会 yearly). The items a
 * community is late with come from the notices it skips (MISSED below): 特和 and 丰乐 their
 * third-quarter progress report; the Party meetings a community is late with (特和's September and
 * October branch-committee records and 卧龙's October one, 卧龙's third-quarter members' meeting,
 * 丰乐's third-quarter Party lesson) are the meetings prisma/seed/party.ts does not record. The
 * others are up to date (as of late November 2026). 定威 suspends the branch-committee item with its
 * reason; 富民 and 铜锣湾 add an item of their own. The Party meetings, the development notices
 * and the appraisal that satisfy the Party items are published by prisma/seed/party.ts, which
 * runs after this.
 */

const RESIDENTS_LAW = "《中华人民共和国城市居民委员会组织法》；参照《村民委员会组织法》第三十条";

type ItemSpec = Omit<CountyCatalogueItemInput, "countyCode">;

/** A Party meeting's item, from the Party-affairs frequency table (api/party/rules.ts). */
const partyItem = (kind: keyof typeof MEETING_SCHEDULE): ItemSpec => {
  const { catalogueItem, cadence, dueDays, basis } = MEETING_SCHEDULE[kind];
  return { name: catalogueItem, categoryCode: "PARTY_AFFAIRS", basis, cadence, dueDays, responsible: "社区党组织" };
};

const DEFAULT_CATALOGUE: Record<string, ItemSpec> = {
  members: partyItem("MEMBERS_MEETING"),
  branch: partyItem("BRANCH_COMMITTEE"),
  lesson: partyItem("PARTY_LESSON"),
  group: partyItem("PARTY_GROUP"),
  themeDay: partyItem("THEME_DAY"),
  organizationalLife: partyItem("ORGANIZATIONAL_LIFE"),
  development: {
    name: "发展党员和预备党员转正公示",
    categoryCode: "PARTY_AFFAIRS",
    basis: "发展党员工作有关规定：公示不少于5个工作日（各省细则为准）",
    cadence: "PER_EVENT",
    dueDays: 0,
    responsible: "社区党组织",
  },
  appraisal: {
    name: "民主评议党员结果",
    categoryCode: "PARTY_AFFAIRS",
    basis: "[001] 附件5 三(四)13：民主评议党员",
    cadence: "YEARLY",
    dueDays: 90,
    responsible: "社区党组织",
  },
  elections: {
    name: "换届选举选民名单和选举结果",
    categoryCode: "COMMUNITY_AFFAIRS",
    basis: "[001] 附件4 三(六)11：选民名单于选举日20日前公布，选举结果当场公布",
    cadence: "PER_EVENT",
    dueDays: 0,
    responsible: "社区居民选举委员会、社区党组织",
  },
  rosters: {
    name: "两委成员、网格员和服务中心人员上岗公示",
    categoryCode: "COMMUNITY_AFFAIRS",
    basis: "[000] 二(三)1：网格长、网格员实行上岗公示制；[001] 综治中心 七",
    cadence: "PER_EVENT",
    dueDays: 0,
    responsible: "社区居民委员会",
  },
  progress: {
    name: "社区工作进展和结果",
    categoryCode: "COMMUNITY_AFFAIRS",
    basis: `${RESIDENTS_LAW}：一般事项至少每季度公开一次；[001] 附件4 三(六)14`,
    cadence: "QUARTERLY",
    dueDays: 15,
    responsible: "社区居民委员会",
  },
  major: {
    name: "涉及居民切身利益的重大事项",
    categoryCode: "COMMUNITY_AFFAIRS",
    basis: `${RESIDENTS_LAW}：涉及居民利益的重大事项随时公开；[000] 二(二)4“四议两公开”`,
    cadence: "WITHIN_DAYS",
    dueDays: 5,
    responsible: "社区“两委”",
  },
  services: {
    name: "服务事项、办事流程和办理时限",
    categoryCode: "COMMUNITY_AFFAIRS",
    basis: "[000] 二(四)5：服务事项一次性告知，公开办事流程和办理时限",
    cadence: "YEARLY",
    dueAnchor: "PERIOD_START",
    dueDays: 31,
    responsible: "社区服务中心",
  },
  finance: {
    name: "社区财务收支情况",
    categoryCode: "FINANCE",
    basis: "《村民委员会组织法》第三十条（城市社区参照执行）：收支频繁的每月公开；[000] 二(六)3",
    cadence: "MONTHLY",
    dueDays: 10,
    responsible: "社区居民委员会、居务监督委员会",
    source: "FINANCE_PERIOD",
  },
  assets: {
    name: "集体资产收益及使用情况",
    categoryCode: "FINANCE",
    basis: "[000] 二(五)；[003] 30；[002] 三(四)",
    cadence: "YEARLY",
    dueDays: 90,
    responsible: "社区居民委员会",
    source: "ASSET_INCOME_STATEMENT",
  },
  feePrices: {
    name: "收费项目、价格及定价依据",
    categoryCode: "FEES",
    basis: "[001] 附件4 三(六)14：物业、水、电、网络电视、燃气等收费标准及时公开",
    cadence: "PER_EVENT",
    dueDays: 0,
    responsible: "社区居民委员会、物业服务企业",
  },
  feeMonths: {
    name: "收费收缴情况",
    categoryCode: "FEES",
    basis: "[001] 附件4 三(六)14：收缴情况及时公开",
    cadence: "MONTHLY",
    dueDays: 10,
    responsible: "社区居民委员会、物业服务企业",
    source: "FEE_MONTH",
  },
  jobs: {
    name: "就业岗位和技能培训信息",
    categoryCode: "JOBS",
    basis: "[000] 二(四)2：每月公开就业技能培训和就业岗位信息；[001] 附件2 二(一)2",
    cadence: "MONTHLY",
    dueAnchor: "PERIOD_START",
    dueDays: 5,
    responsible: "县人力资源和社会保障局、社区服务中心",
    source: "JOB_BOARD",
  },
  projects: {
    name: "资助项目全程公开",
    categoryCode: "COMMUNITY_AFFAIRS",
    basis: "财政资金或第三方资助的项目从立项、采购、施工、验收到决算全程公开；[001] 附件4 三(六)14",
    cadence: "PER_EVENT",
    dueDays: 0,
    responsible: "社区居民委员会",
  },
};

/** The day the counties adopted their catalogues: the first periods owed are the ones containing it. */
const ADOPTED = "2026-07-01";

const SAMPLE_NOTE = "\n\n> 示例数据：本条为演示用的虚构内容，不代表任何真实社区。";

/** The routine notices every community publishes for its catalogue items, unless it misses them. */
const ROUTINE: { id: string; key: string; title: string; body: string; period: string; when: string }[] = [
  {
    id: "services",
    key: "services",
    title: "2026年服务事项和办事指南",
    body: "社区服务中心办理居住证明、低保申请受理、就业登记、医保参保等事项，一次性告知所需材料，承诺办理时限。",
    period: "2026",
    when: "2026-01-20T10:00:00",
  },
  {
    id: "progress",
    key: "progress",
    title: "2026年第三季度工作进展",
    body: "本季度完成楼栋长调整、就业帮扶走访和消防设施检查；下季度重点做好冬季用电安全和困难群众慰问。",
    period: "2026-Q3",
    when: "2026-10-14T10:00:00",
  },
];

/** Who misses what (routine notice ids). */
const MISSED: Record<string, readonly string[]> = {
  "RJ-TEHE": ["progress"],
  "RJ-FENGLE": ["progress"],
};

/** Returns how many notices it published. */
export async function seedCatalogue(db: Db, staff: Viewer): Promise<number> {
  const ids = new Map<string, string>();
  for (const county of COUNTIES) {
    for (const [n, [key, spec]] of Object.entries(DEFAULT_CATALOGUE).entries()) {
      const item = await createCountyCatalogueItem(
        db,
        staff,
        { countyCode: county.code, effectiveFrom: ADOPTED, sortOrder: n, ...spec },
        at("2026-06-20T09:00:00"),
      );
      await db.catalogueItem.update({ where: { id: item.id }, data: { isSample: true } });
      ids.set(`${county.code}:${key}`, item.id);
    }
  }
  const item = (community: string, key: string) => ids.get(`${community.slice(0, 2)}:${key}`) as string;

  let published = 0;
  /** A notice naming its catalogue item, published in one community. */
  const notice = async (
    code: string,
    catalogueItemId: string,
    n: { title: string; body: string; period: string; when: string },
  ) => {
    const { categoryCode } = await db.catalogueItem.findUniqueOrThrow({ where: { id: catalogueItemId } });
    await db.$transaction((tx) =>
      publishNotice(
        tx,
        staff,
        {
          communityCodes: [code],
          categoryCode,
          title: n.title,
          body: n.body + SAMPLE_NOTE,
          period: n.period,
          catalogueItemId,
          isSample: true,
        },
        at(n.when),
      ),
    );
    published++;
  };

  for (const { code, name } of COMMUNITIES) {
    for (const routine of ROUTINE) {
      if (MISSED[code]?.includes(routine.id)) continue;
      await notice(code, item(code, routine.key), { ...routine, title: `${name}${routine.title}` });
    }
  }
  await notice("RJ-YANGGUANG", item("RJ-YANGGUANG", "major"), {
    title: "阳光社区关于使用维修资金更换3栋电梯的决议公告",
    body: "经“四议两公开”程序，居民代表会议表决通过使用维修资金更换3栋电梯，现将决议公告。",
    period: "2026-11-03/2026-11-03",
    when: "2026-11-05T10:00:00",
  });

  await suspendCatalogueItem(
    db,
    staff,
    {
      itemId: item("RJ-DINGWEI", "branch"),
      communityCode: "RJ-DINGWEI",
      reason: "本社区党员已编入定威乡机关党支部，支部委员会会议情况自2026年9月起由乡党委统一公开。",
    },
    at("2026-09-01T09:00:00"),
  );

  const workshop = await createCommunityCatalogueItem(
    db,
    staff,
    {
      communityCode: "RJ-FUMIN",
      name: "扶贫车间用工和工资发放情况",
      categoryCode: "COMMUNITY_AFFAIRS",
      basis: "社区居民会议决定（2025年10月）：车间用工和工资每月公开",
      cadence: "MONTHLY",
      dueDays: 10,
      responsible: "富民社区居民委员会",
      effectiveFrom: "2026-10-01",
    },
    at("2025-10-25T09:00:00"),
  );
  await notice("RJ-FUMIN", workshop.id, {
    title: "富民社区扶贫车间2026年10月用工和工资发放情况",
    body: "本月车间用工86人，其中居家就业31人，工资已按时足额发放。",
    period: "2026-10",
    when: "2026-11-06T10:00:00",
  });

  await createCommunityCatalogueItem(
    db,
    staff,
    {
      communityCode: "SC-TONGLUOWAN",
      name: "停车场和商铺租赁情况",
      categoryCode: "FINANCE",
      basis: "[002] 三(四)：集市和一楼储物间租金用于物业服务，租赁情况向居民公开",
      cadence: "HALF_YEARLY",
      dueDays: 20,
      responsible: "铜锣湾社区居民委员会",
      effectiveFrom: "2026-07-01",
    },
    at("2026-06-20T09:00:00"),
  );
  return published;
}
