/** Chinese labels of a disclosure's status, as the portal shows them. */
export const DISCLOSURE_STATUS_LABELS = { DRAFT: "草稿", PUBLISHED: "已发布", WITHDRAWN: "已撤回" } as const;
