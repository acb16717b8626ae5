/**
 * The topics a community's page links to, each a section of pages under /c/<code>/. A domain that
 * adds such a section adds its one line here: the community page lists the sections by `order`
 * inside the card of their `group` (one of the five concerns of GROUPS), and the section's pages
 * take their crumbs and links from it. Gaps in `order` leave room for a new section anywhere in
 * the list without touching the other lines. A section may give a `status`: a line about the
 * community's state in it, shown on the community page (built daily); and `items`: what it
 * published, newest first, of which the community page shows the latest few and the section's
 * Atom feed (/c/<code>/<section>/feed.xml) all, unless `ownFeed` says the section writes its own.
 */
import { assistanceStatusLine } from "./assistance/load.ts";
import { catalogueStatusLine } from "./catalogue/load.ts";
import { electionsStatusLine } from "./elections/load.ts";
import { employmentStatusLine } from "./employment/load.ts";
import { disclosuresIn, type PublishedItem } from "./feeds/items.ts";
import { jobItems } from "./jobs/items.ts";
import { questionsStatusLine } from "./questions/load.ts";
import { welfareStatusLine } from "./welfare/load.ts";

/** The five concerns the community page has one card each for, in this order. */
export const GROUPS = {
  party: "党务公开",
  affairs: "居务公开",
  finance: "财务公开",
  fees: "收费公开",
  jobs: "就业培训公开",
} as const;
export type GroupKey = keyof typeof GROUPS;

interface Section {
  path: string;
  title: string;
  summary: string;
  order: number;
  group: GroupKey;
  status?: (code: string) => Promise<string>;
  items?: (code: string) => Promise<PublishedItem[]>;
  ownFeed?: boolean;
}

export const SECTIONS = {
  catalogue: {
    path: "catalogue/",
    title: "公开目录",
    summary: "公开哪些事项、多久公开一次、是否按时公开",
    order: 5,
    group: "affairs",
    status: catalogueStatusLine,
  },
  people: {
    path: "people/",
    title: "上岗公示",
    summary: "两委成员、网格员、楼长和服务中心工作人员，附值班电话",
    order: 7,
    group: "affairs",
  },
  jobs: {
    path: "jobs/",
    title: "就业岗位",
    summary: "正在招聘的岗位，可按工资、居家就业等筛选",
    order: 10,
    group: "jobs",
    items: jobItems,
    ownFeed: true,
  },
  employment: {
    path: "employment/",
    title: "就业目标",
    summary: "每户至少一人就业、劳动力一年内培训的每月完成情况",
    order: 15,
    group: "jobs",
    status: employmentStatusLine,
  },
  welfare: {
    path: "welfare/",
    title: "公益性岗位",
    summary: "核定和在岗人数、空缺岗位、人员变动和补贴发放",
    order: 17,
    group: "jobs",
    status: welfareStatusLine,
  },
  training: {
    path: "training/",
    title: "技能培训",
    summary: "可报名的培训和补贴",
    order: 20,
    group: "jobs",
    items: disclosuresIn("TRAINING"),
  },
  finance: {
    path: "finance/",
    title: "财务公开",
    summary: "每月收支明细、监委会审核意见和集体资产",
    order: 30,
    group: "finance",
    items: disclosuresIn("FINANCE"),
  },
  fees: {
    path: "fees/",
    title: "收费公开",
    summary: "物业费、水电费价格和每月收缴情况",
    order: 40,
    group: "fees",
    items: disclosuresIn("FEES"),
  },
  decisions: {
    path: "decisions/",
    title: "重大事项决策",
    summary: "“四议两公开”：议事经过、表决结果、决议和实施结果",
    order: 35,
    group: "affairs",
  },
  elections: {
    path: "elections/",
    title: "换届选举",
    summary: "选民名单、候选人、倒计时和选举结果",
    order: 45,
    group: "affairs",
    status: electionsStatusLine,
  },
  projects: {
    path: "projects/",
    title: "资助项目",
    summary: "资助项目从立项到决算的全程公开和资金使用",
    order: 50,
    group: "finance",
  },
  questions: {
    path: "questions/",
    title: "居民提问",
    summary: "居民对公开内容的提问、社区答复和是否逾期",
    order: 60,
    group: "affairs",
    status: questionsStatusLine,
  },
  assistance: {
    path: "assistance/",
    title: "救助和帮扶公示",
    summary: "低保、特困供养、临时救助等名单（姓名已隐去部分），公示期和异议方式",
    order: 55,
    group: "affairs",
    status: assistanceStatusLine,
  },
  notices: {
    path: "notices/",
    title: "公开事项",
    summary: "各类公开事项的全部清单，可按类别和年份查找",
    order: 6,
    group: "affairs",
    items: disclosuresIn("COMMUNITY_AFFAIRS"),
  },
  party: {
    path: "party/",
    title: "党务公开",
    summary: "党组织和委员会、“三会一课”、发展党员公示、民主评议和党费",
    order: 3,
    group: "party",
    items: disclosuresIn("PARTY_AFFAIRS"),
  },
} as const satisfies Record<string, Section>;

export type SectionKey = keyof typeof SECTIONS;

export const sectionsInOrder = () =>
  (Object.keys(SECTIONS) as SectionKey[])
    .map((key) => {
      const section: Section = SECTIONS[key];
      return { key, ...section };
    })
    .sort((a, b) => a.order - b.order);

/** Where a community's section starts: /c/<code>/fees/ */
export const sectionHref = (code: string, key: SectionKey) => `/c/${code}/${SECTIONS[key].path}`;

/** Crumbs of a community's own page and of one of its sections. */
export const communityCrumb = (community: { code: string; name: string }) => ({
  text: community.name,
  href: `/c/${community.code}/`,
});
export const sectionCrumb = (code: string, key: SectionKey) => ({ text: SECTIONS[key].title, href: sectionHref(code, key) });
