/** How residents read the elections vocabulary; shared by the API and the portal. */
export const ELECTION_STATUS_LABELS = {
  VOTER_LIST_POSTED: "选民名单已公布，等待选举",
  AWAITING_RESULTS: "已到选举日，等待公布结果",
  COMPLETED: "选举结果已公布",
} as const;

export type ElectionStatus = keyof typeof ELECTION_STATUS_LABELS;

/** The countdown in words, on a day: 距选举日还有 12 天 · 今天是选举日 · 已于 2024-09-20 举行选举. */
export function countdownText(electionDay: string, daysLeft: number): string {
  if (daysLeft > 0) return `距选举日还有 ${daysLeft} 天`;
  if (daysLeft === 0) return "今天是选举日";
  return `已于 ${electionDay} 举行选举`;
}
