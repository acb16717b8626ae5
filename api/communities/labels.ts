/** Chinese labels of the community enums, as residents read them (one source for API and portal). */
export const TOWNSHIP_KIND_LABELS = { TOWNSHIP: "乡", TOWN: "镇", SUBDISTRICT: "街道" } as const;

export const PLACEMENT_LABELS = {
  INSIDE_PLANNING_AREA: "县城规划区内",
  OUTSIDE_PLANNING_AREA: "县城规划区外",
} as const;

export const SETTLEMENT_KIND_LABELS = { TOWN: "城镇安置", RURAL: "农村安置" } as const;

export const ORGANIZATION_KIND_LABELS = {
  PARTY_ORGANIZATION: "党组织",
  RESIDENTS_COMMITTEE: "居民委员会",
  SUPERVISION_COMMITTEE: "居务监督委员会",
  OWNERS_COMMITTEE: "业主委员会",
  COLLECTIVE_ECONOMIC_ORGANIZATION: "集体经济组织",
} as const;

export const PARTY_LEVEL_LABELS = { BRANCH: "党支部", GENERAL_BRANCH: "党总支", COMMITTEE: "党委" } as const;

/** The order organizations are listed in: the Party organization first. */
export const ORGANIZATION_ORDER = Object.keys(ORGANIZATION_KIND_LABELS) as (keyof typeof ORGANIZATION_KIND_LABELS)[];
