/**
 * The topics a community's page links to, each a section of pages under /c/<code>/. A domain that
 * adds such a section adds its one line here: the community page lists the sections by `order`,
 * and the section's pages take their crumbs and links from it. Gaps in `order` leave room for
 * a new section anywhere in the list without touching the other lines. A section may give a
 * `status`: a line about the community's state in it, shown on the community page (built daily).
 */
import { catalogueStatusLine } from "./catalogue/load.ts";

export const SECTIONS = {
  catalogue: {
    path: "catalogue/",
    title: "公开目录",
    summary: "公开哪些事项、多久公开一次、是否按时公开",
    order: 5,
    status: catalogueStatusLine,
  },
  people: { path: "people/", title: "上岗公示", summary: "两委成员、网格员、楼长和服务中心工作人员，附值班电话", order: 7 },
  jobs: { path: "jobs/", title: "就业岗位", summary: "正在招聘的岗位，可按工资、居家就业等筛选", order: 10 },
  training: { path: "training/", title: "技能培训", summary: "可报名的培训和补贴", order: 20 },
  finance: { path: "finance/", title: "财务公开", summary: "每月收支明细、监委会审核意见和集体资产", order: 30 },
  fees: { path: "fees/", title: "收费公开", summary: "物业费、水电费价格和每月收缴情况", order: 40 },
  decisions: {
    path: "decisions/",
    title: "重大事项决策",
    summary: "“四议两公开”：议事经过、表决结果、决议和实施结果",
    order: 35,
  },
  projects: { path: "projects/", title: "资助项目", summary: "资助项目从立项到决算的全程公开和资金使用", order: 50 },
} as const satisfies Record<
  string,
  { path: string; title: string; summary: string; order: number; status?: (code: string) => Promise<string> }
>;

export type SectionKey = keyof typeof SECTIONS;

export const sectionsInOrder = () =>
  (Object.keys(SECTIONS) as SectionKey[])
    .map((key) => {
      const section: { path: string; title: string; summary: string; order: number; status?: (code: string) => Promise<string> } =
        SECTIONS[key];
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
