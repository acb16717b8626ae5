import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { addAssetLease, createCollectiveAsset, publishAssetIncomeStatement } from "../../api/finance/assets.ts";
import { addEntries, type EntryDraft, openFinancePeriod } from "../../api/finance/ledger.ts";
import { publishFinancePeriod } from "../../api/finance/publication.ts";
import { answerFinanceQuery, raiseFinanceQuery, signOffFinancePeriod, submitFinancePeriod } from "../../api/finance/review.ts";
import { yuan } from "../../api/money.ts";
import { nextMonth } from "../../api/periods.ts";
import { at, DEMO_MONTHS, wobble } from "./calendar.ts";
import { COMMUNITIES, type CommunitySpec } from "./places.ts";

/**
 * Demo books (示例数据): twelve months per community, 2025-11 to 2026-10, each recorded, frozen,
 * reviewed by the supervision committee and published through the same services staff use, so
 * every hash and balance is real. Income is mostly rent from the collective assets built with the
 * settlement and county transfers for cadre pay and public-welfare posts ([001] 附件1 三(六),
 * [002] 三(三)); spending is the community's running costs. Somewhere there are queries with
 * answers, one adjusting entry (a utilities bill booked twice) and one 有异议 opinion. 2026-11 is
 * left open with its first entries, as a community's books would be today.
 */

const BUSINESSES = ["便民超市", "米粉店", "药店", "理发店", "快递驿站", "农资店"];

interface Asset {
  id: string;
  name: string;
  kind: "SHOP" | "STALL" | "PARKING" | "WORKSHOP";
  leases: { business: string; rent: number; from: string; to: string; contractNo: string }[];
}

const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};
const day = (month: string, d: number) => `${month}-${String(Math.min(d, lastDay(month))).padStart(2, "0")}`;
const monthNumber = (month: string) => Number(month.slice(5));

async function seedAssets(db: Db, staff: Viewer, spec: CommunitySpec, i: number): Promise<Asset[]> {
  const rand = wobble(7000 + i);
  const shops = 3 + (i % 3);
  const specs: {
    code: string;
    name: string;
    kind: Asset["kind"];
    location: string;
    area: string | null;
    leases: Asset["leases"];
  }[] = [];
  for (let n = 1; n <= shops; n++) {
    const rent = (8 + Math.floor(rand() * 17)) * 10_000;
    const business = BUSINESSES[(i + n) % BUSINESSES.length] as string;
    const contract = `${spec.short}租〔2025〕${n}号`;
    // One shop changes hands in the demo year: the lease ends, it stands empty, a new one starts.
    const leases =
      n === 2
        ? [
            { business, rent, from: "2025-01-01", to: "2026-06-30", contractNo: contract },
            {
              business: "奶茶店",
              rent: rent + 10_000,
              from: "2026-09-01",
              to: "2028-08-31",
              contractNo: `${spec.short}租〔2026〕7号`,
            },
          ]
        : [{ business, rent, from: "2025-01-01", to: "2027-12-31", contractNo: contract }];
    specs.push({
      code: `SHOP-${String(n).padStart(2, "0")}`,
      name: `${n}号商铺`,
      kind: "SHOP",
      location: `${spec.short}安置区临街${(n % 3) + 1}栋一楼`,
      area: `${40 + Math.floor(rand() * 60)}.50`,
      leases,
    });
  }
  specs.push({
    code: "STALL-01",
    name: "农贸摊位区",
    kind: "STALL",
    location: `${spec.short}安置区农贸市场`,
    area: "320.00",
    leases: [
      {
        business: "农贸市场摊位统一经营（24个摊位）",
        rent: 120_000,
        from: "2025-01-01",
        to: "2026-12-31",
        contractNo: `${spec.short}租〔2025〕9号`,
      },
    ],
  });
  specs.push({
    code: "PARK-01",
    name: "地面停车场",
    kind: "PARKING",
    location: `${spec.short}安置区东门`,
    area: null,
    leases: [],
  });
  specs.push({
    code: "WORK-01",
    name: "扶贫车间厂房",
    kind: "WORKSHOP",
    location: `${spec.short}安置区就业帮扶车间`,
    area: "860.00",
    leases: [
      {
        business: "服装加工扶贫车间",
        rent: 300_000,
        from: "2025-03-01",
        to: "2028-02-29",
        contractNo: `${spec.short}租〔2025〕12号`,
      },
    ],
  });

  const assets: Asset[] = [];
  for (const a of specs) {
    const asset = await createCollectiveAsset(db, staff, {
      communityCode: spec.code,
      code: a.code,
      name: a.name,
      kind: a.kind,
      location: a.location,
      area: a.area,
      // The car park's fees are collected by staff; it is never let.
      selfOperated: a.kind === "PARKING",
    });
    for (const l of a.leases) {
      await addAssetLease(db, staff, {
        assetId: asset.id,
        lesseeBusiness: l.business,
        monthlyRent: yuan(l.rent),
        leaseFrom: l.from,
        leaseTo: l.to,
        contractNo: l.contractNo,
      });
    }
    assets.push({ id: asset.id, name: a.name, kind: a.kind, leases: a.leases });
  }
  return assets;
}

interface MonthPlan {
  spec: CommunitySpec;
  i: number;
  month: string;
  rand: () => number;
  category: (code: string) => string;
  assets: Asset[];
}

/** A month's entries, in the order a bookkeeper would enter them. */
function monthEntries({ spec, i, month, rand, category, assets }: MonthPlan): EntryDraft[] {
  const rongjiang = spec.code.startsWith("RJ-");
  const county = rongjiang ? "榕江县" : "石城县";
  const m = monthNumber(month);
  const drafts: Omit<EntryDraft, "voucherNo">[] = [];
  const add = (
    d: number,
    code: string,
    amount: number,
    counterparty: string,
    description: string,
    extra: Partial<EntryDraft> = {},
  ) =>
    drafts.push({
      date: day(month, d),
      categoryId: category(code),
      amount,
      counterparty,
      description,
      attachmentRef: null,
      assetId: null,
      adjustsEntryId: null,
      adjustmentReason: null,
      ...extra,
    });

  const cadres = 5;
  const posts = 6 + (i % 4);
  const pay = cadres * 285_000;
  const postPay = posts * 120_000;
  add(2, "FISCAL_GRANT", pay + postPay, `${county}财政局`, `拨付${m}月社区干部报酬及公益性岗位补贴`);
  if ([1, 4, 7, 10].includes(m))
    add(
      3,
      "OPERATING_FUND",
      spec.settlementKind === "TOWN" ? 3_000_000 : 2_000_000,
      `${county}财政局`,
      `拨付第${Math.ceil(m / 3)}季度社区运转经费`,
    );
  if (month === "2026-03") add(6, "SERVICE_FUND", 5_000_000, `${county}财政局`, "拨付2026年度为民服务专项经费");
  if (month === "2026-01") add(8, "PARTY_FUND", spec.partyMembers * 10_000 + 500_000, "县委组织部", "拨付2026年度党组织工作经费");

  for (const asset of assets) {
    if (asset.kind === "PARKING") {
      add(28, "ASSET_RENT_PARKING", (8 + Math.floor(rand() * 16)) * 10_000, "停车收费（社区自管）", `${m}月临时停车收费`, {
        assetId: asset.id,
      });
      continue;
    }
    const lease = asset.leases.find((l) => l.from <= day(month, 28) && l.to >= `${month}-01`);
    if (!lease) continue;
    const code = asset.kind === "SHOP" ? "ASSET_RENT_SHOP" : asset.kind === "STALL" ? "ASSET_RENT_STALL" : "ASSET_RENT_ROOM";
    add(5 + Math.floor(rand() * 5), code, lease.rent, lease.business, `收${asset.name}${m}月租金`, {
      assetId: asset.id,
      attachmentRef: `租赁合同 ${lease.contractNo}`,
    });
  }

  add(10, "CADRE_PAY", pay, `社区“两委”干部${cadres}人`, `发放${m}月社区干部报酬`, { attachmentRef: "工资发放表" });
  add(10, "WELFARE_POST", postPay, `保洁、护绿、巡逻等公益性岗位人员${posts}人`, `发放${m}月公益性岗位补贴`, {
    attachmentRef: "补贴发放花名册",
  });
  add(
    12,
    "UTILITIES",
    90_000 + Math.floor(rand() * 70_000),
    rongjiang ? "榕江县供电局" : "石城县供电公司",
    "支付上月公共照明及办公用电费",
  );
  add(15, "OFFICE", (2 + Math.floor(rand() * 5)) * 10_000, "县城文具店", "购买打印纸、墨盒等办公用品");
  add(18, "PROPERTY_SERVICE", (20 + Math.floor(rand() * 20)) * 10_000, "物业服务企业", "支付公共区域绿化养护费");
  if (rand() < 0.5) {
    const jobs = ["维修楼道声控灯", "疏通排水管道", "修补广场地砖", "更换单元门闭门器", "维修儿童游乐设施"];
    add(
      20,
      "MAINTENANCE",
      (3 + Math.floor(rand() * 35)) * 10_000,
      "县城水电维修部",
      `${jobs[Math.floor(rand() * jobs.length)]}（${1 + Math.floor(rand() * 8)}栋）`,
      {
        attachmentRef: "维修验收单",
      },
    );
  }
  if (m === 1 || m === 2)
    add(
      22,
      "ASSISTANCE",
      (60 + Math.floor(rand() * 30)) * 10_000,
      "慰问对象（名单另行公示，已隐去个人信息）",
      "春节走访慰问困难群众和老党员",
    );
  if (m === 9) add(22, "ASSISTANCE", 300_000, "慰问对象（名单另行公示，已隐去个人信息）", "中秋走访慰问独居老人");
  if (month >= "2026-01" && rand() < 0.6)
    add(24, "PARTY_ACTIVITY", (3 + Math.floor(rand() * 12)) * 10_000, "社区党组织", "开展主题党日活动购买学习资料");
  if (month >= "2026-03" && rand() < 0.4) {
    add(
      25,
      "RESIDENT_SERVICE",
      (20 + Math.floor(rand() * 60)) * 10_000,
      "社区新时代文明实践站",
      "“四点半课堂”及就业技能培训服务物资",
    );
  }
  return drafts.map((d, n) => ({ ...d, voucherNo: `记-${String(n + 1).padStart(3, "0")}` }));
}

/** Scripted moments of the demo year: queries with answers, an adjustment, an objection. */
const QUERIES: Record<string, { month: string; onEntry?: string; question: string; answer: string }[]> = {
  "RJ-FUMIN": [
    {
      month: "2026-03",
      onEntry: "RESIDENT_SERVICE",
      question: "“四点半课堂”物资支出是否有采购清单？请说明采购了哪些物品。",
      answer: "采购作业本、文具和绘本共 6 类，采购清单和发票已附在凭证后，居民可到党群服务中心查阅。",
    },
    {
      month: "2026-03",
      question: "本月收到为民服务专项经费 5 万元，使用计划是否经居民代表会议讨论？",
      answer: "已于 3 月 18 日召开居民代表会议讨论使用计划，会议记录见“重大事项决策”栏目“2026年度为民服务专项经费使用计划”。",
    },
  ],
  "RJ-YANGGUANG": [
    {
      month: "2026-09",
      onEntry: "ASSET_RENT_PARKING",
      question: "停车场收入比上月少，原因是什么？",
      answer: "9 月东门道路施工，停车场临时封闭 10 天，收费相应减少，施工已结束。",
    },
  ],
  "SC-TONGLUOWAN": [
    {
      month: "2026-02",
      onEntry: "ASSISTANCE",
      question: "春节慰问对象名单是否已经公示？",
      answer: "已于 2 月 3 日在公示栏公示慰问对象名单（已隐去身份证号等个人信息），公示期 5 天，无异议。",
    },
  ],
};

const OBJECTION = {
  community: "RJ-TEHE",
  month: "2026-08",
  text: "本月更换单元门禁支出 6500 元，未附比价记录。监委会建议今后 3000 元以上的维修先比价、再施工，并在下月公开时说明。",
};

/** Entries the scripted queries and the objection are about, added where chance left them out. */
const SCRIPTED_ENTRIES: Record<string, { amount: number; counterparty: string; description: string; attachmentRef: string }> = {
  RESIDENT_SERVICE: {
    amount: 386_000,
    counterparty: "县城文具店",
    description: "“四点半课堂”作业本、文具和绘本",
    attachmentRef: "采购清单及发票",
  },
  MAINTENANCE: {
    amount: 650_000,
    counterparty: "县城安防工程部",
    description: "更换2栋、5栋单元门禁系统",
    attachmentRef: "维修合同",
  },
};

/** RJ-FUMIN books 2026-05's utilities bill twice; the June books reverse it with a 红字 entry. */
const DUPLICATE = { community: "RJ-FUMIN", month: "2026-05", fixedIn: "2026-06" };

/** Each committee member gets an account of their own: only they can sign the months. */
async function supervisors(db: Db, spec: CommunitySpec) {
  const community = await db.community.findUniqueOrThrow({ where: { code: spec.code } });
  const committee = await db.organization.findUniqueOrThrow({
    where: { communityId_kind: { communityId: community.id, kind: "SUPERVISION_COMMITTEE" } },
    include: { postings: { orderBy: { sortOrder: "asc" } } },
  });
  const members: Viewer[] = [];
  for (const posting of committee.postings) {
    const user = await db.user.create({
      data: { name: posting.name, role: "SUPERVISOR", communities: { create: { communityId: community.id } } },
    });
    await db.memberPosting.update({ where: { id: posting.id }, data: { userId: user.id } });
    members.push({
      userId: user.id,
      tokenId: "seed",
      name: user.name,
      role: "SUPERVISOR",
      countyId: null,
      communityIds: new Set([community.id]),
    });
  }
  const chair = members[0];
  if (!chair) throw new Error(`${spec.code} has no supervision committee members`);
  return { community, chair, members };
}

export async function seedFinance(db: Db, staff: Viewer): Promise<number> {
  let published = 0;
  for (const [i, spec] of COMMUNITIES.entries()) {
    const rand = wobble(5000 + i);
    const { community, chair, members } = await supervisors(db, spec);
    const assets = await seedAssets(db, staff, spec, i);
    let period = await openFinancePeriod(
      db,
      staff,
      {
        communityCode: spec.code,
        month: DEMO_MONTHS[0] ?? "2025-11",
        openingBalance: yuan((500 + Math.floor(rand() * 700)) * 10_000),
      },
      at("2025-11-01T09:00:00"),
    );
    const categories = new Map(
      (await db.ledgerCategory.findMany({ where: { communityId: community.id } })).map((c) => [c.code, c.id]),
    );
    const category = (code: string) =>
      categories.get(code) ??
      (() => {
        throw new Error(`no category ${code}`);
      })();
    let duplicateOf: string | null = null;

    for (const month of [...DEMO_MONTHS, "2026-11"]) {
      const drafts = monthEntries({ spec, i, month, rand, category, assets });
      const objection = spec.code === OBJECTION.community && month === OBJECTION.month;
      // A query needs an entry of its category to point at; the objection is about one bill in particular.
      const about = [
        ...(QUERIES[spec.code] ?? []).flatMap((q) =>
          q.month === month && q.onEntry ? [{ code: q.onEntry, always: false }] : [],
        ),
        ...(objection ? [{ code: "MAINTENANCE", always: true }] : []),
      ];
      for (const { code, always } of about) {
        const scripted = SCRIPTED_ENTRIES[code];
        if (!scripted || (!always && drafts.some((d) => d.categoryId === category(code)))) continue;
        drafts.push({
          ...scripted,
          date: day(month, 21),
          voucherNo: `记-${String(drafts.length + 1).padStart(3, "0")}`,
          categoryId: category(code),
          assetId: null,
          adjustsEntryId: null,
          adjustmentReason: null,
        });
      }
      if (spec.code === DUPLICATE.community && month === DUPLICATE.month) {
        const bill = drafts.find((d) => d.categoryId === category("UTILITIES"));
        if (bill) drafts.push({ ...bill, date: day(month, 26), voucherNo: `记-${String(drafts.length + 1).padStart(3, "0")}` });
      }
      if (spec.code === DUPLICATE.community && month === DUPLICATE.fixedIn && duplicateOf) {
        const original = await db.ledgerEntry.findUniqueOrThrow({ where: { id: duplicateOf } });
        drafts.push({
          date: day(month, 3),
          voucherNo: `记-${String(drafts.length + 1).padStart(3, "0")}`,
          categoryId: original.categoryId,
          amount: -original.amount,
          counterparty: original.counterparty,
          description: `冲销 ${DUPLICATE.month} 重复记账的公共电费（凭证 ${original.voucherNo}）`,
          attachmentRef: null,
          assetId: null,
          adjustsEntryId: original.id,
          adjustmentReason: `${DUPLICATE.month} 公共电费同一张发票记账两次，红字冲销重复的一笔`,
        });
      }
      if (month === "2026-11") {
        // Today's month: the first week's entries, still open.
        await addEntries(
          db,
          staff,
          period.id,
          drafts.filter((d) => d.date <= "2026-11-12"),
          (_, f) => f,
        );
        break;
      }
      await addEntries(db, staff, period.id, drafts, (_, f) => f);
      const after = nextMonth(month);
      await submitFinancePeriod(db, staff, { periodId: period.id }, at(`${after}-03T10:00:00`));

      for (const [n, q] of (QUERIES[spec.code] ?? []).filter((x) => x.month === month).entries()) {
        const entry = q.onEntry
          ? await db.ledgerEntry.findFirst({ where: { periodId: period.id, categoryId: category(q.onEntry) } })
          : null;
        const raised = await raiseFinanceQuery(
          db,
          chair,
          { periodId: period.id, entryId: entry?.id, question: q.question },
          at(`${after}-04T15:0${n}:00`),
        );
        await answerFinanceQuery(db, staff, { queryId: raised.id, answer: q.answer }, at(`${after}-05T10:0${n}:00`));
      }
      // More than half sign, each with their own account, a few hours apart; in some months only the
      // smallest majority does. An objection is the chair's, written when they sign.
      const signers = members.length > 2 && month.endsWith("2") ? members.slice(0, Math.floor(members.length / 2) + 1) : members;
      for (const [n, member] of signers.entries()) {
        const objects = objection && member === chair;
        await signOffFinancePeriod(
          db,
          member,
          {
            periodId: period.id,
            opinion: objects ? "OBJECTION" : "AGREE",
            opinionText: objects ? OBJECTION.text : n === 0 ? "经逐笔核对凭证，收支真实，同意公开。" : null,
          },
          at(`${after}-06T${String(9 + n * 2).padStart(2, "0")}:30:00`),
        );
      }
      await publishFinancePeriod(db, staff, { periodId: period.id }, at(`${after}-08T10:00:00`));
      published++;
      if (spec.code === DUPLICATE.community && month === DUPLICATE.month) {
        const copies = await db.ledgerEntry.findMany({
          where: { periodId: period.id, categoryId: category("UTILITIES") },
          orderBy: { sequence: "desc" },
        });
        duplicateOf = copies[0]?.id ?? null;
      }
      period = await openFinancePeriod(db, staff, { communityCode: spec.code, month: after }, at(`${after}-01T09:00:00`));
    }

    const income = await db.ledgerEntry.aggregate({
      where: {
        category: { assetIncome: true },
        period: { communityId: community.id, status: "PUBLISHED", month: { startsWith: "2025-" } },
      },
      _sum: { amount: true },
    });
    const total = income._sum.amount ?? 0;
    const repairs = Math.floor((total * 0.4) / 100) * 100;
    const aid = Math.floor((total * 0.25) / 100) * 100;
    await publishAssetIncomeStatement(
      db,
      staff,
      {
        communityCode: spec.code,
        year: 2025,
        uses: [
          { purpose: "小区公共设施维修", amount: yuan(repairs), decision: "2025年11月居民代表会议决议" },
          { purpose: "困难群众临时救助", amount: yuan(aid), decision: "社区“两委”联席会议研究，居务监督委员会监督" },
        ],
      },
      at("2026-01-15T10:00:00"),
    );
    published++;
  }
  return published;
}
