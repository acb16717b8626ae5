import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { createEmployer, createJobPosting, createTrainingCourse, publishJobBoard } from "../../api/jobs/service.ts";
import { todayInShanghai } from "../../api/periods.ts";

/**
 * Demo jobs and training (示例数据) for the two counties' employment offices: industrial-park
 * firms, poverty-alleviation workshops with home-based work, public-welfare posts (Rongjiang's 180
 * such posts, [004]), labour export to a partner city in the east with its one-off subsidy
 * ([001] 附件2 二(二)5), and off-job courses with the 40 元/天 living allowance. Dates are laid out
 * around the month the demo is loaded, so the demo always has open, upcoming and expired postings.
 */
const addMonths = (month: string, n: number) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
};
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, "0")}`;
const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return day(month, new Date(Date.UTC(y, m, 0)).getUTCDate());
};

const RJ_EMPLOYERS = [
  { name: "榕江县纺织服装产业园贵榕制衣有限公司", kind: "PARK_FIRM", verified: true, address: "榕江县工业园区纺织大道1号" },
  { name: "榕江县古州电子元件厂", kind: "PARK_FIRM", verified: true, address: "榕江县工业园区创业路8号" },
  { name: "富民社区苗绣扶贫车间", kind: "WORKSHOP", verified: true, address: "富民社区综合服务中心一楼" },
  { name: "卧龙社区蜡染扶贫车间", kind: "WORKSHOP", verified: true, address: "卧龙社区3栋底商" },
  { name: "阳光社区竹编扶贫车间", kind: "WORKSHOP", verified: false, address: "阳光社区活动中心" },
  { name: "榕江县人力资源服务有限公司", kind: "LABOUR_SERVICE", verified: true, address: "榕江县古州镇人社服务大厅" },
  { name: "榕江县城市管理局", kind: "PUBLIC_BODY", verified: true, address: "榕江县古州镇" },
  { name: "榕江县百香果种植专业合作社", kind: "COOPERATIVE", verified: true, address: "榕江县忠诚镇" },
  { name: "榕江县林业局", kind: "PUBLIC_BODY", verified: true, address: "榕江县古州镇" },
  { name: "榕江县车江侗寨旅游开发有限公司", kind: "ENTERPRISE", verified: true, address: "榕江县车江乡" },
] as const;

const SC_EMPLOYERS = [
  { name: "石城县琴江鞋业有限公司", kind: "PARK_FIRM", verified: true, address: "石城县工业园区" },
  { name: "铜锣湾社区来料加工扶贫车间", kind: "WORKSHOP", verified: true, address: "铜锣湾社区服务中心" },
  { name: "石城县劳务服务中心", kind: "LABOUR_SERVICE", verified: true, address: "石城县琴江镇" },
] as const;

type Template = {
  employer: string;
  title: string;
  kind: "REGULAR" | "PUBLIC_WELFARE" | "LABOUR_EXPORT" | "SEASONAL";
  scope: "COMMUNITY" | "COUNTY" | "PROVINCE" | "OUT_OF_PROVINCE";
  pay: [string, string];
  /** Where the work is, for work away from home; work in the county is at the employer's address, in the county. */
  place?: { workProvince: string; workCity: string; workDistrict: string; workAddress: string };
  extra?: Record<string, unknown>;
  communities?: string[];
};

const RJ_TEMPLATES: Template[] = [
  {
    employer: RJ_EMPLOYERS[0].name,
    title: "缝纫工",
    kind: "REGULAR",
    scope: "COUNTY",
    pay: ["3200", "4800"],
    extra: {
      socialInsurance: true,
      meals: true,
      transport: true,
      hours: "8:00–17:30，每月休4天",
      skills: "会使用平车者优先，不会可带薪学习",
      ageMin: 18,
      ageMax: 50,
    },
  },
  {
    employer: RJ_EMPLOYERS[0].name,
    title: "质检员",
    kind: "REGULAR",
    scope: "COUNTY",
    pay: ["3500", "4200"],
    extra: { socialInsurance: true, meals: true, hours: "8:00–17:30", education: "初中及以上", ageMin: 20, ageMax: 45 },
  },
  {
    employer: RJ_EMPLOYERS[1].name,
    title: "电子元件装配工",
    kind: "REGULAR",
    scope: "COUNTY",
    pay: ["3000", "4500"],
    extra: {
      socialInsurance: true,
      meals: true,
      housing: true,
      hours: "两班倒，每班8小时",
      health: "视力正常，无色盲",
      ageMin: 18,
      ageMax: 45,
    },
  },
  {
    employer: RJ_EMPLOYERS[2].name,
    title: "苗绣绣娘（可居家）",
    kind: "REGULAR",
    scope: "COMMUNITY",
    pay: ["1500", "3500"],
    extra: {
      payKind: "PIECE_RATE",
      pieceRate: "按件计酬，每幅绣片 35–120 元",
      hours: "时间自由，可带回家绣",
      flexible: true,
      homeBased: true,
      skills: "会刺绣者优先，车间免费教",
    },
    communities: ["RJ-FUMIN", "RJ-WOLONG", "RJ-YANGGUANG"],
  },
  {
    employer: RJ_EMPLOYERS[3].name,
    title: "蜡染工",
    kind: "REGULAR",
    scope: "COMMUNITY",
    pay: ["2000", "3200"],
    extra: {
      payKind: "PIECE_RATE",
      pieceRate: "每米布 8 元",
      hours: "9:00–16:00，可接送孩子",
      flexible: true,
      skills: "会点蜡者优先",
    },
    communities: ["RJ-WOLONG", "RJ-TEHE"],
  },
  {
    employer: RJ_EMPLOYERS[4].name,
    title: "竹编手工（居家）",
    kind: "REGULAR",
    scope: "COMMUNITY",
    pay: ["1200", "2600"],
    extra: {
      payKind: "PIECE_RATE",
      pieceRate: "竹篮每只 6 元，果盘每只 4 元",
      hours: "居家完成，每周交货一次",
      flexible: true,
      homeBased: true,
    },
    communities: ["RJ-YANGGUANG", "RJ-FENGLE"],
  },
  {
    employer: RJ_EMPLOYERS[6].name,
    title: "小区保洁员（公益性岗位）",
    kind: "PUBLIC_WELFARE",
    scope: "COMMUNITY",
    pay: ["1800", "1800"],
    extra: {
      postSubsidy: "1800",
      termMonths: 12,
      hours: "每天6小时，早晚各一班",
      ageMin: 40,
      ageMax: 60,
      health: "身体健康，能胜任体力劳动",
      skills: "优先安排脱贫户、监测户中就业困难人员",
    },
  },
  {
    employer: RJ_EMPLOYERS[6].name,
    title: "小区安保巡逻员（公益性岗位）",
    kind: "PUBLIC_WELFARE",
    scope: "COMMUNITY",
    pay: ["1800", "1800"],
    extra: { postSubsidy: "1800", termMonths: 12, hours: "三班轮换", ageMin: 35, ageMax: 58 },
  },
  {
    employer: RJ_EMPLOYERS[8].name,
    title: "生态护林员",
    kind: "PUBLIC_WELFARE",
    scope: "COUNTY",
    pay: ["1000", "1000"],
    extra: { postSubsidy: "1000", termMonths: 12, hours: "每月巡山不少于20天", ageMin: 25, ageMax: 60 },
  },
  {
    employer: RJ_EMPLOYERS[5].name,
    title: "浙江宁波家电厂组织输出（普工）",
    kind: "LABOUR_EXPORT",
    scope: "OUT_OF_PROVINCE",
    pay: ["5500", "7500"],
    place: { workProvince: "浙江省", workCity: "宁波市", workDistrict: "慈溪市", workAddress: "周巷镇家电产业园" },
    extra: {
      exportSubsidy: "1000",
      socialInsurance: true,
      meals: true,
      housing: true,
      transport: true,
      hours: "8小时工作制，加班另计",
      ageMin: 18,
      ageMax: 45,
      skills: "统一组织乘车前往，途中有专人带队",
    },
  },
  {
    employer: RJ_EMPLOYERS[5].name,
    title: "贵阳物流园分拣员（省内输出）",
    kind: "LABOUR_EXPORT",
    scope: "PROVINCE",
    pay: ["4200", "5500"],
    place: { workProvince: "贵州省", workCity: "贵阳市", workDistrict: "白云区", workAddress: "贵阳综合保税区物流园分拣中心" },
    extra: { exportSubsidy: "500", socialInsurance: true, housing: true, hours: "两班倒", ageMin: 18, ageMax: 50 },
  },
  {
    employer: RJ_EMPLOYERS[7].name,
    title: "百香果采摘工",
    kind: "SEASONAL",
    scope: "COUNTY",
    pay: ["2400", "3000"],
    extra: {
      payKind: "PIECE_RATE",
      pieceRate: "每斤 0.30 元",
      meals: true,
      transport: true,
      hours: "6:30–15:00，采摘季约两个月",
      ageMin: 18,
      ageMax: 65,
    },
  },
  {
    employer: RJ_EMPLOYERS[9].name,
    title: "侗寨景区讲解员",
    kind: "REGULAR",
    scope: "COUNTY",
    pay: ["3000", "4000"],
    extra: {
      socialInsurance: true,
      meals: true,
      transport: true,
      hours: "9:00–18:00，轮休",
      education: "高中及以上",
      skills: "会讲侗语、普通话",
      ageMin: 18,
      ageMax: 35,
    },
  },
  {
    employer: RJ_EMPLOYERS[9].name,
    title: "景区保洁（季节性）",
    kind: "SEASONAL",
    scope: "COUNTY",
    pay: ["2200", "2200"],
    extra: { meals: true, transport: true, hours: "旅游旺季每天8小时", ageMin: 30, ageMax: 60 },
  },
  {
    employer: RJ_EMPLOYERS[5].name,
    title: "广东东莞电子厂组织输出（操作工）",
    kind: "LABOUR_EXPORT",
    scope: "OUT_OF_PROVINCE",
    pay: ["5000", "6800"],
    place: { workProvince: "广东省", workCity: "东莞市", workDistrict: "长安镇", workAddress: "长安镇电子信息产业园" },
    extra: {
      exportSubsidy: "1000",
      socialInsurance: true,
      meals: true,
      housing: true,
      hours: "两班倒，每月休4天",
      ageMin: 18,
      ageMax: 40,
      skills: "统一组织乘车前往，县人社局劳务专员回访",
    },
  },
];

const SC_TEMPLATES: Template[] = [
  {
    employer: SC_EMPLOYERS[0].name,
    title: "制鞋流水线普工",
    kind: "REGULAR",
    scope: "COUNTY",
    pay: ["3300", "5000"],
    extra: { socialInsurance: true, meals: true, hours: "8:00–18:00", ageMin: 18, ageMax: 50 },
  },
  {
    employer: SC_EMPLOYERS[1].name,
    title: "来料加工（串珠、包装，可居家）",
    kind: "REGULAR",
    scope: "COMMUNITY",
    pay: ["1000", "2500"],
    extra: { payKind: "PIECE_RATE", pieceRate: "每串 0.15 元", flexible: true, homeBased: true, hours: "时间自由" },
  },
  {
    employer: SC_EMPLOYERS[2].name,
    title: "福建晋江服装厂组织输出",
    kind: "LABOUR_EXPORT",
    scope: "OUT_OF_PROVINCE",
    pay: ["5000", "7000"],
    place: { workProvince: "福建省", workCity: "泉州市", workDistrict: "晋江市", workAddress: "陈埭镇服装产业园" },
    extra: {
      exportSubsidy: "1000",
      socialInsurance: true,
      housing: true,
      meals: true,
      hours: "8小时工作制",
      ageMin: 18,
      ageMax: 45,
    },
  },
];

/** Returns how many monthly boards (disclosures) it published. */
export async function seedJobs(db: Db, viewer: Viewer): Promise<number> {
  const now = todayInShanghai().slice(0, 7);
  const employers = new Map<string, string>();
  for (const [county, list] of [
    ["RJ", RJ_EMPLOYERS],
    ["SC", SC_EMPLOYERS],
  ] as const) {
    for (const e of list) {
      const row = await createEmployer(db, viewer, {
        countyCode: county,
        contactPhone: county === "RJ" ? "0855-6626300" : "0797-5712300",
        ...e,
      });
      await db.employer.update({ where: { id: row.id }, data: { isSample: true } });
      employers.set(e.name, row.id);
    }
  }

  // Each template appears in a few months: two already over, one current, one starting next month.
  for (const [county, templates] of [
    ["RJ", RJ_TEMPLATES],
    ["SC", SC_TEMPLATES],
  ] as const) {
    for (const [i, tpl] of templates.entries()) {
      const offsets = county === "RJ" ? (i % 3 === 0 ? [-3, -1, 0] : i % 3 === 1 ? [-2, 0] : [0, 1]) : [-2, 0, 1];
      for (const offset of offsets) {
        const month = addMonths(now, offset);
        await createJobPosting(db, viewer, {
          employerId: employers.get(tpl.employer) ?? "",
          title: tpl.title,
          kind: tpl.kind,
          openings: 2 + ((i * 7 + offset + 9) % 20),
          workAddress:
            RJ_EMPLOYERS.find((e) => e.name === tpl.employer)?.address ??
            SC_EMPLOYERS.find((e) => e.name === tpl.employer)?.address ??
            "",
          ...tpl.place,
          locationScope: tpl.scope,
          payKind: "MONTHLY",
          payMin: tpl.pay[0],
          payMax: tpl.pay[1],
          hours: "8:00–17:00",
          applyContact: county === "RJ" ? "社区就业服务窗口（县人社局驻点）" : "铜锣湾社区就业服务站",
          applyPhone: county === "RJ" ? "0855-6626301" : "0797-5712301",
          applyPlace:
            tpl.kind === "LABOUR_EXPORT"
              ? county === "RJ"
                ? "报名：各安置社区就业窗口；出发集合：榕江县古州镇人社服务大厅"
                : "报名：铜锣湾社区服务中心；出发集合：石城县琴江镇劳务服务中心"
              : county === "RJ"
                ? "各安置社区综合服务中心一楼就业窗口"
                : "铜锣湾社区服务中心",
          validFrom: day(month, 1 + (i % 5)),
          validUntil: offset === 0 && i % 4 === 0 ? day(addMonths(month, 1), 15) : lastDay(month),
          communityCodes: tpl.communities ?? [],
          ...tpl.extra,
        });
      }
    }
  }
  await db.jobPosting.updateMany({ data: { isSample: true } });

  const courses = [
    {
      county: "RJ",
      title: "苗绣技艺提升班",
      trade: "CRAFTS",
      provider: "榕江县职业技术学校",
      days: 20,
      subsidy: "1200",
      allowance: "40",
      certificate: "结业证书",
      communities: ["RJ-FUMIN", "RJ-WOLONG", "RJ-YANGGUANG"],
    },
    {
      county: "RJ",
      title: "蜡染与民族服饰制作",
      trade: "CRAFTS",
      provider: "榕江县民族文化传习所",
      days: 15,
      subsidy: "900",
      allowance: "40",
      certificate: "结业证书",
    },
    {
      county: "RJ",
      title: "电子商务与直播带货",
      trade: "ECOMMERCE",
      provider: "榕江县电商服务中心",
      days: 10,
      subsidy: "800",
      allowance: "40",
      certificate: "电子商务师（五级）职业技能等级证书",
    },
    {
      county: "RJ",
      title: "中式烹调师",
      trade: "SERVICES",
      provider: "榕江县职业技术学校",
      days: 30,
      subsidy: "1800",
      allowance: "40",
      certificate: "中式烹调师职业技能等级证书",
    },
    {
      county: "RJ",
      title: "家政服务员（育婴、养老护理）",
      trade: "SERVICES",
      provider: "榕江县巾帼家政培训中心",
      days: 15,
      subsidy: "1000",
      allowance: "40",
      certificate: "家政服务员职业技能等级证书",
    },
    {
      county: "RJ",
      title: "建筑砌筑工",
      trade: "CONSTRUCTION",
      provider: "黔东南州建设职业技能培训中心",
      days: 20,
      subsidy: "1300",
      allowance: "40",
      certificate: "砌筑工职业技能等级证书",
    },
    {
      county: "RJ",
      title: "缝纫机操作（岗前培训）",
      trade: "MANUFACTURING",
      provider: "贵榕制衣有限公司",
      days: 7,
      subsidy: "500",
      allowance: null,
      certificate: null,
    },
    {
      county: "RJ",
      title: "乡村旅游讲解与接待",
      trade: "TOURISM",
      provider: "车江侗寨旅游开发有限公司",
      days: 10,
      subsidy: "700",
      allowance: "40",
      certificate: "结业证书",
    },
    {
      county: "SC",
      title: "白莲种植与加工",
      trade: "AGRICULTURE",
      provider: "石城县农业技术推广中心",
      days: 8,
      subsidy: "600",
      allowance: "40",
      certificate: "结业证书",
    },
    {
      county: "SC",
      title: "制鞋工岗前培训",
      trade: "MANUFACTURING",
      provider: "琴江鞋业有限公司",
      days: 7,
      subsidy: "500",
      allowance: null,
      certificate: null,
    },
  ] as const;
  for (const [i, c] of courses.entries()) {
    const month = addMonths(now, (i % 4) - 2);
    const startsOn = day(month, 10 + (i % 10));
    const endsOn = day(addMonths(month, c.days > 20 ? 1 : 0), c.days > 20 ? 9 : Math.min(28, 10 + (i % 10) + c.days));
    const course = await createTrainingCourse(db, viewer, {
      countyCode: c.county,
      title: c.title,
      trade: c.trade,
      provider: c.provider,
      startsOn,
      endsOn,
      sessions: `周一至周五 9:00–16:30，共 ${c.days} 天`,
      place: c.county === "RJ" ? "榕江县就业培训基地（古州镇）" : "石城县职业培训中心",
      capacity: 30 + (i % 3) * 10,
      enrolled: 8 + ((i * 5) % 20),
      cost: "0",
      trainingSubsidy: c.subsidy,
      livingAllowancePerDay: c.allowance,
      eligibility: "本县易地扶贫搬迁劳动力，16–60 岁，有培训意愿",
      certificate: c.certificate,
      howToRegister: "携带身份证到社区就业服务窗口登记，或电话报名",
      registrationDeadline: day(month, 8 + (i % 10)),
      communityCodes: "communities" in c ? [...c.communities] : [],
    });
    await db.trainingCourse.update({ where: { id: course.id }, data: { isSample: true } });
  }

  // Boards for the last two months and this one, as the monthly command would have published them.
  let boards = 0;
  const communities = await db.community.findMany({ orderBy: { code: "asc" } });
  for (const offset of [-2, -1, 0]) {
    const month = addMonths(now, offset);
    for (const c of communities) {
      await publishJobBoard(db, viewer, { communityCode: c.code, month }, new Date(`${day(month, 1)}T09:00:00+08:00`));
      boards++;
    }
  }
  return boards;
}
