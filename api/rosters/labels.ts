/** Chinese labels of the rosters enums, as residents read them (one source for API and portal). */
export const STAFF_POST_KIND_LABELS = {
  GRID_LEADER: "网格长",
  GRID_WORKER: "网格员",
  BUILDING_HEAD: "楼长",
  SERVICE_STAFF: "服务中心工作人员",
} as const;

export type StaffPostKind = keyof typeof STAFF_POST_KIND_LABELS;
