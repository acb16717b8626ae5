/**
 * Demo places (示例数据): the resettlement sites the policy documents name — Rongjiang County's
 * seven sites ([001]) and Shicheng County's 铜锣湾 estate under 琴江镇 ([002]). Rongjiang's
 * populations add up to the 25,255 people the documents say were relocated there in 2019;
 * every other figure is invented.
 */
export const COUNTIES = [
  { code: "RJ", name: "榕江县", province: "贵州省", prefecture: "黔东南苗族侗族自治州", phoneArea: "0855" },
  { code: "SC", name: "石城县", province: "江西省", prefecture: "赣州市", phoneArea: "0797" },
] as const;

export const TOWNSHIPS = [
  { code: "RJ-GUZHOU", county: "RJ", name: "古州镇", kind: "TOWN" },
  { code: "RJ-DINGWEIXIANG", county: "RJ", name: "定威乡", kind: "TOWNSHIP" },
  { code: "RJ-ZHONGCHENG", county: "RJ", name: "忠诚镇", kind: "TOWN" },
  { code: "SC-QINJIANG", county: "SC", name: "琴江镇", kind: "TOWN" },
] as const;

export interface CommunitySpec {
  code: string;
  name: string;
  short: string;
  township: (typeof TOWNSHIPS)[number]["code"];
  placement: "INSIDE_PLANNING_AREA" | "OUTSIDE_PLANNING_AREA";
  settlementKind: "TOWN" | "RURAL";
  households: number;
  population: number;
  years: [number, number];
  partyMembers: number;
  address: string;
  hasOwnersCommittee: boolean;
}

export const COMMUNITIES: CommunitySpec[] = [
  {
    code: "RJ-FUMIN",
    name: "富民社区",
    short: "富民",
    township: "RJ-GUZHOU",
    placement: "INSIDE_PLANNING_AREA",
    settlementKind: "TOWN",
    households: 1180,
    population: 5120,
    years: [2017, 2019],
    partyMembers: 68,
    address: "榕江县古州镇富民路18号",
    hasOwnersCommittee: true,
  },
  {
    code: "RJ-WOLONG",
    name: "卧龙社区",
    short: "卧龙",
    township: "RJ-GUZHOU",
    placement: "INSIDE_PLANNING_AREA",
    settlementKind: "TOWN",
    households: 1510,
    population: 6535,
    years: [2018, 2019],
    partyMembers: 112,
    address: "榕江县古州镇卧龙大道66号",
    hasOwnersCommittee: true,
  },
  {
    code: "RJ-YANGGUANG",
    name: "阳光社区",
    short: "阳光",
    township: "RJ-GUZHOU",
    placement: "INSIDE_PLANNING_AREA",
    settlementKind: "TOWN",
    households: 980,
    population: 4260,
    years: [2019, 2019],
    partyMembers: 41,
    address: "榕江县古州镇阳光大道9号",
    hasOwnersCommittee: false,
  },
  {
    code: "RJ-TEHE",
    name: "特和社区",
    short: "特和",
    township: "RJ-GUZHOU",
    placement: "INSIDE_PLANNING_AREA",
    settlementKind: "TOWN",
    households: 860,
    population: 3790,
    years: [2019, 2019],
    partyMembers: 36,
    address: "榕江县古州镇特和路2号",
    hasOwnersCommittee: false,
  },
  {
    code: "RJ-FENGLE",
    name: "丰乐社区",
    short: "丰乐",
    township: "RJ-GUZHOU",
    placement: "INSIDE_PLANNING_AREA",
    settlementKind: "TOWN",
    households: 720,
    population: 3080,
    years: [2017, 2018],
    partyMembers: 29,
    address: "榕江县古州镇丰乐街35号",
    hasOwnersCommittee: true,
  },
  {
    code: "RJ-DINGWEI",
    name: "定威社区",
    short: "定威",
    township: "RJ-DINGWEIXIANG",
    placement: "OUTSIDE_PLANNING_AREA",
    settlementKind: "RURAL",
    households: 310,
    population: 1320,
    years: [2018, 2019],
    partyMembers: 17,
    address: "榕江县定威乡定威村安置点1栋",
    hasOwnersCommittee: false,
  },
  {
    code: "RJ-FENGHUANG",
    name: "凤凰社区",
    short: "凤凰",
    township: "RJ-ZHONGCHENG",
    placement: "OUTSIDE_PLANNING_AREA",
    settlementKind: "RURAL",
    households: 260,
    population: 1150,
    years: [2019, 2019],
    partyMembers: 14,
    address: "榕江县忠诚镇王岭村凤凰安置点",
    hasOwnersCommittee: false,
  },
  {
    code: "SC-TONGLUOWAN",
    name: "铜锣湾社区",
    short: "铜锣湾",
    township: "SC-QINJIANG",
    placement: "INSIDE_PLANNING_AREA",
    settlementKind: "TOWN",
    households: 1020,
    population: 3960,
    years: [2017, 2019],
    partyMembers: 47,
    address: "石城县琴江镇铜锣湾安置小区",
    hasOwnersCommittee: true,
  },
];
