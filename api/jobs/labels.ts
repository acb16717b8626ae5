/** The jobs and training vocabulary as job seekers read it; shared by the API, boards and portal. */
export const EMPLOYER_KIND_LABELS = {
  ENTERPRISE: "企业",
  WORKSHOP: "扶贫车间",
  PARK_FIRM: "产业园区企业",
  COOPERATIVE: "合作社",
  LABOUR_SERVICE: "劳务公司",
  PUBLIC_BODY: "机关事业单位",
} as const;

export const LOCATION_SCOPE_LABELS = {
  COMMUNITY: "社区内",
  COUNTY: "县内",
  PROVINCE: "省内",
  OUT_OF_PROVINCE: "省外",
} as const;

export const JOB_KIND_LABELS = {
  REGULAR: "普通岗位",
  PUBLIC_WELFARE: "公益性岗位",
  LABOUR_EXPORT: "劳务输出",
  SEASONAL: "季节性用工",
} as const;

export const PAY_KIND_LABELS = { MONTHLY: "月薪", PIECE_RATE: "计件" } as const;

export const POSTING_STATUS_LABELS = { OPEN: "招聘中", FILLED: "已招满", CLOSED: "已停止" } as const;

export const TRADE_LABELS = {
  MANUFACTURING: "制造业",
  CONSTRUCTION: "建筑业",
  SERVICES: "服务业",
  TOURISM: "旅游",
  ECOMMERCE: "电子商务",
  CRAFTS: "刺绣蜡染等手工艺",
  AGRICULTURE: "种植养殖",
  OTHER: "其他",
} as const;

export const BENEFIT_LABELS = { socialInsurance: "缴纳社保", meals: "包吃", housing: "包住", transport: "交通补贴" } as const;
