import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { addQuestionOpinion, answerQuestion, askQuestion, moderateQuestion } from "../../api/questions/service.ts";
import type { SubjectKindCode } from "../../api/questions/subjects.ts";
import { at } from "./calendar.ts";

/**
 * Demo residents' questions (示例数据), across communities and kinds of record: answered ones (富民's
 * September books, with a committee member's opinion; 阳光's property fee; 特和's door-entry project;
 * 富民's workshop decision), one hidden by moderation (铜锣湾: abuse and a phone number), and one
 * left unanswered past its 10 working days (卧龙, asked on 30 October 2026, due 13 November).
 * Names and questions are invented.
 */
export async function seedQuestions(db: Db, staff: Viewer): Promise<number> {
  const community = (code: string) => db.community.findUniqueOrThrow({ where: { code } });
  const fumin = await community("RJ-FUMIN");
  const yangguang = await community("RJ-YANGGUANG");
  const tehe = await community("RJ-TEHE");
  const wolong = await community("RJ-WOLONG");
  const tongluowan = await community("SC-TONGLUOWAN");
  const ask = async (kind: SubjectKindCode, subjectId: string, text: string, when: string, name?: string, contact?: string) =>
    (await askQuestion(db, null, { subjectKind: kind, subjectId, text, name, contact }, at(when))).id;
  const answer = (id: string, text: string, when: string) => answerQuestion(db, staff, { id, text }, at(when));

  const september = await db.financePeriod.findFirstOrThrow({ where: { communityId: fumin.id, month: "2026-09" } });
  const books = await ask(
    "FINANCE_PERIOD",
    september.id,
    "9月维修维护支出比上月多了不少，具体修了哪些地方？有没有比价？",
    "2026-10-15T20:12:00",
    "王建华",
    "13907551234",
  );
  await answer(
    books,
    "9月主要维修了3栋、5栋的楼道照明和2号水泵，均按社区小额采购规定三家比价，比价单附在记账凭证后，欢迎到服务中心查阅。",
    "2026-10-20T10:00:00",
  );
  const fuminCommittee = await db.organization.findUniqueOrThrow({
    where: { communityId_kind: { communityId: fumin.id, kind: "SUPERVISION_COMMITTEE" } },
    include: { postings: { orderBy: { sortOrder: "asc" }, include: { user: true } } },
  });
  const chair = fuminCommittee.postings.find((p) => p.user);
  if (chair?.user) {
    const member: Viewer = {
      userId: chair.user.id,
      tokenId: "seed",
      name: chair.user.name,
      role: chair.user.role,
      countyId: null,
      communityIds: new Set([fumin.id]),
    };
    await addQuestionOpinion(
      db,
      member,
      { questionId: books, opinion: "已核对比价单和维修记录，答复属实。" },
      at("2026-10-22T16:00:00"),
    );
  }

  const fee = await db.feeItem.findFirstOrThrow({ where: { communityId: yangguang.id, code: "PROPERTY" } });
  const feeQuestion = await ask("FEE_ITEM", fee.id, "物业费补贴到期以后，每户每月要交多少钱？", "2026-11-02T09:30:00");
  await answer(
    feeQuestion,
    "补贴到期后按已公布的价格执行，补贴期间和到期后的实缴金额均在本页价格表中列出；如有调整将先征求居民意见。",
    "2026-11-06T15:00:00",
  );

  const doors = await db.fundedProject.findFirstOrThrow({ where: { communityId: tehe.id } });
  const doorQuestion = await ask(
    "PROJECT",
    doors.id,
    "新门禁卡丢了补办要不要收费？到哪里补办？",
    "2026-09-07T19:45:00",
    "潘玉珍",
  );
  await answer(
    doorQuestion,
    "每户首张门禁卡免费，丢失补办收取卡片工本费10元，请带身份证到社区服务中心办理。",
    "2026-09-09T11:00:00",
  );

  const workshop = await db.decision.findFirstOrThrow({ where: { communityId: fumin.id, projectLinks: { some: {} } } });
  const workshopQuestion = await ask(
    "DECISION",
    workshop.id,
    "帮扶车间建成后优先招本社区的人吗？带孩子的能不能做计件？",
    "2026-11-03T08:20:00",
  );
  await moderateQuestion(db, staff, { id: workshopQuestion, action: "PUBLISH" }, at("2026-11-03T14:00:00"));
  await answer(
    workshopQuestion,
    "车间优先招收本社区搬迁群众，设弹性工时和计件岗位，可以接送孩子；招工信息将在就业岗位栏目公布。",
    "2026-11-10T10:30:00",
  );

  const notice = await db.disclosure.findFirstOrThrow({
    where: { status: "PUBLISHED", targets: { every: { communityId: wolong.id }, some: {} } },
    orderBy: { publishedAt: "desc" },
  });
  const overdue = await ask(
    "DISCLOSURE",
    notice.id,
    "公告里说的事情什么时候办完？能不能再公布一下进度？",
    "2026-10-30T18:00:00",
    "龙小梅",
  );
  await moderateQuestion(db, staff, { id: overdue, action: "PUBLISH" }, at("2026-11-02T09:00:00"));

  const tlwPeriod = await db.financePeriod.findFirstOrThrow({ where: { communityId: tongluowan.id, month: "2026-10" } });
  const abusive = await ask(
    "FINANCE_PERIOD",
    tlwPeriod.id,
    "你们这帮人账目一塌糊涂，都是骗子！有种打我电话13812345678，我住5栋2单元301。",
    "2026-11-05T22:40:00",
  );
  await moderateQuestion(
    db,
    staff,
    { id: abusive, action: "HIDE", reason: "含侮辱性言语和个人电话、住址，已隐藏" },
    at("2026-11-06T09:00:00"),
  );
  return 0;
}

/**
 * Objections (异议) raised through the same channel, on records that load after the questions seed:
 * one household on 富民's November 低保 list, answered within its notice window, and one on 凤凰's
 * open Party notice, asked the day after it opened and still awaiting its answer.
 */
export async function seedObjections(db: Db, staff: Viewer): Promise<number> {
  const fumin = await db.community.findUniqueOrThrow({ where: { code: "RJ-FUMIN" } });
  const list = await db.assistanceList.findFirstOrThrow({
    where: { communityId: fumin.id, kind: "MINIMUM_LIVING", period: "2026-11", correctedBy: null },
    include: { rows: { orderBy: { sequence: "asc" }, take: 3 } },
  });
  const row = list.rows[2] ?? list.rows[0];
  if (!row) throw new Error("富民's November list has no rows");
  const objection = await askQuestion(
    db,
    null,
    {
      subjectKind: "ASSISTANCE_ROW",
      subjectId: row.id,
      text: "这一户家里有人在车间上班，收入应该不低，还符合低保条件吗？请社区核实。",
    },
    at("2026-11-23T20:10:00"),
  );
  await answerQuestion(
    db,
    staff,
    {
      id: objection.id,
      text: "经入户核实，该户一名成员10月起在帮扶车间务工，家庭人均收入仍低于本县低保标准，按规定继续享受低保，并实行渐退；核实记录存社区服务中心备查。",
    },
    at("2026-11-25T10:00:00"),
  );

  const fenghuang = await db.community.findUniqueOrThrow({ where: { code: "RJ-FENGHUANG" } });
  const notice = await db.partyDevelopmentNotice.findFirstOrThrow({
    where: { communityId: fenghuang.id },
    orderBy: { opensOn: "desc" },
  });
  const asked = new Date(Math.min(at(`${notice.opensOn}T09:30:00`).getTime() + 24 * 3600 * 1000, Date.now() - 3600 * 1000));
  const question = await askQuestion(
    db,
    null,
    { subjectKind: "PARTY_NOTICE", subjectId: notice.id, text: "公示对象平时参加社区志愿服务的情况能否一并公开？" },
    asked,
  );
  await moderateQuestion(db, staff, { id: question.id, action: "PUBLISH" }, new Date(asked.getTime() + 3600 * 1000));
  return 0;
}
