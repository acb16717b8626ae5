import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import {
  type CreateFeeItemInput,
  correctFeeCollection,
  createFeeItem,
  publishFeeCollection,
  publishFeePrice,
} from "../../api/fees/service.ts";
import { nextMonth } from "../../api/periods.ts";
import { at, DEMO_MONTHS as MONTHS, wobble } from "./calendar.ts";
import { COMMUNITIES, type CommunitySpec } from "./places.ts";

/**
 * Demo fees (示例数据): property fees of 0.5–1.0 元/m²·月 subsidized for the first three years
 * ([001] 附件1 三(六)11, [002] 三(四)), tiered water and electricity, and twelve months of
 * property-fee and water collection status per community. Company names and figures are invented.
 */

function providers(spec: CommunitySpec) {
  const rongjiang = spec.code.startsWith("RJ-");
  return {
    property: rongjiang ? `榕江县安居物业服务有限公司${spec.short}项目部` : "石城县琴江物业管理有限公司",
    water: rongjiang ? "榕江县供排水有限公司" : "石城县自来水公司",
    power: rongjiang ? "榕江县供电局" : "石城县供电公司",
    priceAuthority: rongjiang ? "榕江县发展和改革局" : "石城县发展和改革委员会",
    docPrefix: rongjiang ? "榕发改价" : "石发改价",
  };
}

export async function seedFees(db: Db, viewer: Viewer): Promise<number> {
  let published = 0;
  for (const [i, spec] of COMMUNITIES.entries()) {
    const p = providers(spec);
    const rand = wobble(1000 + i);
    const town = spec.settlementKind === "TOWN";
    const item = (code: string, fields: Omit<CreateFeeItemInput, "communityCode" | "code">) =>
      createFeeItem(db, viewer, { communityCode: spec.code, code, ...fields });

    const property = await item("PROPERTY", {
      kind: "PROPERTY_MANAGEMENT",
      name: "物业管理费",
      collector: "PROPERTY_COMPANY",
      collectorName: p.property,
      billingUnit: "PER_SQM_MONTH",
    });
    const fullPrice = town ? "0.80" : "0.50";
    await publishFeePrice(
      db,
      viewer,
      {
        feeItemId: property.id,
        effectiveFrom: "2023-01-01",
        tiers: [{ unitPrice: town ? "0.60" : "0.40" }],
        basisDocument: `${p.docPrefix}〔2022〕31号`,
        basisAuthority: p.priceAuthority,
        approvedOn: "2022-11-20",
        subsidy: { perUnit: town ? "0.60" : "0.40", source: "县财政易地扶贫搬迁后续扶持资金", endsOn: "2025-12-31" },
      },
      at("2022-12-20T10:00:00"),
    );
    await publishFeePrice(
      db,
      viewer,
      {
        feeItemId: property.id,
        effectiveFrom: "2026-01-01",
        tiers: [{ unitPrice: fullPrice }],
        basisDocument: `${p.docPrefix}〔2025〕47号`,
        basisAuthority: p.priceAuthority,
        approvedOn: "2025-11-28",
        residentsDecision: `2025年11月15日${spec.name}居民代表会议表决通过（应到${40 + i}人，实到${37 + i}人，同意${33 + i}人）`,
        subsidy: { perUnit: town ? "0.50" : "0.30", source: "县财政易地扶贫搬迁后续扶持资金", endsOn: "2028-12-31" },
        consultation: {
          from: "2025-10-20",
          to: "2025-11-10",
          opinionsSummary: `共收到意见${18 + i * 3}条，主要是希望补贴期延长、电梯和绿化维护更及时。`,
          response: "补贴期延长至2028年底，居民实际负担分三年逐步提高；物业服务企业承诺电梯故障24小时内修复。",
        },
      },
      at("2025-12-01T10:00:00"),
    );
    published += 2;

    const water = await item("WATER", {
      kind: "WATER",
      name: "水费",
      collector: "UTILITY",
      collectorName: p.water,
      billingUnit: "PER_TON",
    });
    await publishFeePrice(
      db,
      viewer,
      {
        feeItemId: water.id,
        effectiveFrom: "2024-07-01",
        tiers: [{ upTo: 15, unitPrice: "2.80" }, { upTo: 25, unitPrice: "4.20" }, { unitPrice: "8.40" }],
        basisDocument: `${p.docPrefix}〔2024〕9号`,
        basisAuthority: p.priceAuthority,
        approvedOn: "2024-05-30",
      },
      at("2024-06-15T10:00:00"),
    );
    const power = await item("ELECTRICITY", {
      kind: "ELECTRICITY",
      name: "电费",
      collector: "UTILITY",
      collectorName: p.power,
      billingUnit: "PER_KWH",
    });
    await publishFeePrice(
      db,
      viewer,
      {
        feeItemId: power.id,
        effectiveFrom: "2024-01-01",
        tiers: [{ upTo: 180, unitPrice: "0.4556" }, { upTo: 350, unitPrice: "0.5056" }, { unitPrice: "0.7556" }],
        basisDocument: "居民阶梯电价执行文件（示例）",
        basisAuthority: spec.code.startsWith("RJ-") ? "贵州省发展和改革委员会" : "江西省发展和改革委员会",
        approvedOn: "2023-11-30",
      },
      at("2023-12-20T10:00:00"),
    );
    published += 2;

    // Property fees per building; residents pay the price less the subsidy on ~80 m² homes.
    const buildings = Math.max(2, Math.ceil(spec.households / 150));
    const perBuilding = Array.from(
      { length: buildings },
      (_, b) => Math.floor(spec.households / buildings) + (b < spec.households % buildings ? 1 : 0),
    );
    for (const month of MONTHS) {
      const monthlyFen = month < "2026-01" ? 0 : town ? 2400 : 1600;
      if (monthlyFen === 0) continue;
      const rows = perBuilding.map((billed, b) => {
        const paid = Math.min(billed, Math.round(billed * (0.8 + rand() * 0.18)));
        const arrears = billed - paid;
        const recovered = Math.round(arrears * rand() * 0.3) * monthlyFen;
        return {
          building: `${b + 1}栋`,
          householdsBilled: billed,
          householdsPaid: paid,
          householdsInArrears: arrears,
          amountDue: ((billed * monthlyFen) / 100).toFixed(2),
          amountCollected: ((paid * monthlyFen + recovered) / 100).toFixed(2),
          note: recovered > 0 ? "实收含补缴往月欠费" : null,
        };
      });
      await publishFeeCollection(db, viewer, { feeItemId: property.id, month, rows }, at(`${nextMonth(month)}-05T10:00:00`));
      published++;
    }
    // Water for the whole community, as the utility reports it to the community.
    for (const month of MONTHS) {
      const billed = spec.households;
      const paid = Math.round(billed * (0.9 + rand() * 0.09));
      const dueFen = billed * (3800 + Math.round(rand() * 900));
      await publishFeeCollection(
        db,
        viewer,
        {
          feeItemId: water.id,
          month,
          rows: [
            {
              householdsBilled: billed,
              householdsPaid: paid,
              householdsInArrears: billed - paid,
              amountDue: (dueFen / 100).toFixed(2),
              amountCollected: (Math.round((dueFen * paid) / billed) / 100).toFixed(2),
            },
          ],
        },
        at(`${nextMonth(month)}-08T10:00:00`),
      );
      published++;
    }

    if (spec.code === "RJ-YANGGUANG") {
      // June's property-fee figures for building 2 were entered wrong and corrected.
      const june = await db.feeCollection.findMany({
        where: { feeItemId: property.id, month: "2026-06" },
        orderBy: { building: "asc" },
      });
      const rows = june.map((r) => ({
        building: r.building,
        householdsBilled: r.householdsBilled,
        householdsPaid: r.building === "2栋" ? r.householdsPaid - 6 : r.householdsPaid,
        householdsInArrears: r.building === "2栋" ? r.householdsInArrears + 6 : r.householdsInArrears,
        amountDue: (r.amountDue / 100).toFixed(2),
        amountCollected: ((r.building === "2栋" ? r.amountCollected - 6 * 2400 : r.amountCollected) / 100).toFixed(2),
        note: r.note,
      }));
      await correctFeeCollection(
        db,
        viewer,
        {
          input: { feeItemId: property.id, month: "2026-06", rows },
          reason: "2栋已缴户数误将6户预约缴费计入，经核对缴费台账更正",
        },
        at("2026-07-12T15:00:00"),
      );
      published++;
    }
  }
  return published;
}
