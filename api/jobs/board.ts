import type { Employer, JobPosting, TrainingCourse } from "../db/generated/client.ts";
import { yuan } from "../money.ts";
import { type Period, periodLabel } from "../periods.ts";
import { BENEFIT_LABELS, EMPLOYER_KIND_LABELS, JOB_KIND_LABELS, LOCATION_SCOPE_LABELS, TRADE_LABELS } from "./labels.ts";
import { placeOfWorkText, placeRecorded } from "./places.ts";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const whole = (fen: number) => yuan(fen).replace(/\.00$/, "");

/** "3000–4500 元/月", or the piece rate with what workers typically earn. */
export function payText(p: Pick<JobPosting, "payKind" | "payMin" | "payMax" | "pieceRate">): string {
  const range = p.payMin === p.payMax ? `${whole(p.payMin)} 元/月` : `${whole(p.payMin)}–${whole(p.payMax)} 元/月`;
  return p.payKind === "PIECE_RATE" ? `计件：${p.pieceRate ?? ""}（一般月收入 ${range}）` : range;
}

export function benefitsText(p: Pick<JobPosting, keyof typeof BENEFIT_LABELS>): string {
  const list = (Object.keys(BENEFIT_LABELS) as (keyof typeof BENEFIT_LABELS)[]).filter((k) => p[k]).map((k) => BENEFIT_LABELS[k]);
  return list.length ? list.join("、") : "无";
}

/**
 * The monthly board as it goes on the notice board and into the hashed disclosure: every field a job
 * seeker needs, written out, so the record stands on its own after the postings change or expire.
 */
export function boardMarkdown(
  period: Period,
  postings: (JobPosting & { employer: Employer })[],
  courses: TrainingCourse[],
): string {
  const lines = [
    `${periodLabel(period)}本社区可报名的就业岗位 ${postings.length} 个、技能培训 ${courses.length} 期，信息如下。`,
    "",
  ];
  lines.push("## 就业岗位", "");
  if (postings.length === 0) lines.push("本月暂无岗位信息。", "");
  for (const [i, p] of postings.entries()) {
    const extras = [
      p.flexible ? "弹性工作时间" : null,
      p.homeBased ? "可居家就业" : null,
      p.postSubsidy !== null ? `岗位补贴 ${whole(p.postSubsidy)} 元/月，期限 ${p.termMonths ?? "—"} 个月` : null,
      p.exportSubsidy !== null ? `一次性输出补贴 ${whole(p.exportSubsidy)} 元` : null,
    ].filter(Boolean);
    lines.push(
      `### ${i + 1}. ${cell(p.title)}（${JOB_KIND_LABELS[p.kind]}，招 ${p.openings} 人）`,
      "",
      `- 用工单位：${cell(p.employer.name)}（${EMPLOYER_KIND_LABELS[p.employer.kind]}${p.employer.verified ? "，已核实" : ""}）`,
      `- 工作地点：${cell(placeOfWorkText(p))}${placeRecorded(p) ? "" : `（原填写：${cell(p.workAddress)}）`}（${LOCATION_SCOPE_LABELS[p.locationScope]}）`,
      `- 薪酬：${payText(p)}；福利：${benefitsText(p)}`,
      `- 工作时间：${cell(p.hours)}${extras.length ? `；${extras.join("；")}` : ""}`,
      `- 要求：${[p.ageMin !== null || p.ageMax !== null ? `年龄 ${p.ageMin ?? ""}–${p.ageMax ?? ""} 岁` : null, p.education, p.skills, p.health].filter(Boolean).join("；") || "无特殊要求"}`,
      `- 报名：${cell(p.applyContact)}，电话 ${p.applyPhone}，地点 ${cell(p.applyPlace)}；有效期 ${p.validFrom} 至 ${p.validUntil}`,
      "",
    );
  }
  lines.push("## 技能培训", "");
  if (courses.length === 0) lines.push("本月暂无培训信息。", "");
  for (const [i, c] of courses.entries()) {
    const support = [
      c.trainingSubsidy !== null ? `培训补贴 ${whole(c.trainingSubsidy)} 元/人` : null,
      c.livingAllowancePerDay !== null ? `生活费补助 ${whole(c.livingAllowancePerDay)} 元/天` : null,
    ].filter(Boolean);
    lines.push(
      `### ${i + 1}. ${cell(c.title)}（${TRADE_LABELS[c.trade]}）`,
      "",
      `- 培训机构：${cell(c.provider)}；地点：${cell(c.place)}`,
      `- 时间：${c.startsOn} 至 ${c.endsOn}，${cell(c.sessions)}`,
      `- 名额：${c.capacity} 人（已报名 ${c.enrolled} 人）；学员自付：${c.cost === 0 ? "免费" : `${whole(c.cost)} 元`}${support.length ? `；${support.join("，")}` : ""}`,
      `- 报名条件：${cell(c.eligibility)}${c.certificate ? `；结业可获：${cell(c.certificate)}` : ""}`,
      `- 报名方式：${cell(c.howToRegister)}，截止 ${c.registrationDeadline}`,
      "",
    );
  }
  lines.push("以上信息由社区就业服务窗口发布，岗位以用工单位实际招聘为准。");
  return lines.join("\n");
}
