import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, refusal } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let fuminEditor: string;
let teheEditor: string;
let fuminSupervisor: { name: string; token: string };
let teheSupervisor: string;

const QuestionFields = graphql(`
  fragment QuestionFields on Question @_unmask {
    id subjectKind subjectKindLabel subjectId subjectTitle subjectPath communityCode status statusLabel
    text askerLabel askerName contact askedAt dueOn hiddenReason
    answer { text answeredAt answeredByName contentHash canonicalContent }
    opinions { name role opinion }
  }
`);
const COMMUNITY_QUESTIONS = graphql(
  `query CommunityQuestions($code: String!, $asOf: DateTime) {
    community(code: $code) {
      questions { ...QuestionFields standing(asOf: $asOf) standingLabel(asOf: $asOf) }
      questionSummary(asOf: $asOf) { total received published hidden answered answeredLate awaiting overdue answerWorkingDays }
    }
  }`,
  [QuestionFields],
);
const QUESTION = graphql(
  `query Question($id: ID!, $asOf: DateTime) { question(id: $id) { ...QuestionFields standing(asOf: $asOf) standingLabel(asOf: $asOf) } }`,
  [QuestionFields],
);
const ASK = graphql(
  `mutation Ask($input: AskQuestionInput!) { askQuestion(input: $input) {
    __typename ...Refusal ... on AskQuestionSuccess { question { id status text dueOn askerLabel contact } } } }`,
  [Refusal],
);
const MODERATE = graphql(
  `mutation Moderate($id: ID!, $action: ModerationAction!, $reason: String) { moderateQuestion(id: $id, action: $action, reason: $reason) {
    __typename ...Refusal ... on ModerateQuestionSuccess { question { id status text hiddenReason } } } }`,
  [Refusal],
);
const ANSWER = graphql(
  `mutation Answer($id: ID!, $text: String!) { answerQuestion(id: $id, text: $text) {
    __typename ...Refusal ... on AnswerQuestionSuccess { question { id status text answer { text answeredByName contentHash canonicalContent } } } } }`,
  [Refusal],
);
const OPINION = graphql(
  `mutation QuestionOpinion($input: QuestionOpinionInput!) { addQuestionOpinion(input: $input) {
    __typename ...Refusal ... on AddQuestionOpinionSuccess { question { id opinions { name role opinion } } } } }`,
  [Refusal],
);
const COUNTY_OVERDUE = graphql(`
  query CountyOverdueQuestions($code: String!, $asOf: DateTime) {
    county(code: $code) { overdueQuestions(asOf: $asOf) { communityCode overdueCount overdue { id text dueOn } } }
  }
`);

/** The demo's time: late November 2026, when 卧龙's question is overdue and the others answered. */
const DEMO_NOW = "2026-11-26T04:00:00Z";
const ALL_CODES = [
  "RJ-FUMIN",
  "RJ-WOLONG",
  "RJ-YANGGUANG",
  "RJ-TEHE",
  "RJ-FENGLE",
  "RJ-DINGWEI",
  "RJ-FENGHUANG",
  "SC-TONGLUOWAN",
];

let fuminSeptember: string;
const ask = (input: Partial<Parameters<typeof s.gql<unknown, { input: object }>>[1]["input"]> & object, token?: string) =>
  s.gql(
    ASK,
    { input: { subjectKind: "FINANCE_PERIOD", subjectId: fuminSeptember, text: "请问这个月的支出明细在哪里看？", ...input } },
    token,
  );
const asked = async (input: object = {}) => member((await ask(input)).data?.askQuestion, "AskQuestionSuccess").question;
const count = () => s.db.question.count();

beforeAll(async () => {
  process.env.QUESTION_RATE_LIMIT_PER_HOUR = "0"; // the limit has its own server below
  s = await startTestServer();
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  teheEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
  fuminSupervisor = present((await s.memberTokens("RJ-FUMIN"))[1]);
  teheSupervisor = present((await s.memberTokens("RJ-TEHE"))[0]).token;
  fuminSeptember = (await s.db.financePeriod.findFirstOrThrow({ where: { month: "2026-09", community: { code: "RJ-FUMIN" } } }))
    .id;
});
afterAll(async () => {
  delete process.env.QUESTION_RATE_LIMIT_PER_HOUR;
  await s?.close();
});

describe("demo questions, as the public reads them", () => {
  it("counts every question, answered, hidden and overdue, and the county's overdue view names 卧龙", async () => {
    const wolong = present((await s.gql(COMMUNITY_QUESTIONS, { code: "RJ-WOLONG", asOf: DEMO_NOW })).data?.community);
    expect(wolong.questionSummary).toMatchObject({ total: 1, overdue: 1, answered: 0, answerWorkingDays: 10 });
    expect(wolong.questions[0]).toMatchObject({
      standing: "OVERDUE",
      standingLabel: "已逾期未答复",
      dueOn: "2026-11-13",
      askerLabel: "龙*梅",
    });
    const tlw = present((await s.gql(COMMUNITY_QUESTIONS, { code: "SC-TONGLUOWAN", asOf: DEMO_NOW })).data?.community);
    expect(tlw.questionSummary).toMatchObject({ total: 1, hidden: 1, overdue: 0 });
    expect(tlw.questions[0]).toMatchObject({
      status: "HIDDEN",
      text: null,
      standing: "HIDDEN",
      hiddenReason: "含侮辱性言语和个人电话、住址，已隐藏",
    });
    const rj = present((await s.gql(COUNTY_OVERDUE, { code: "RJ", asOf: DEMO_NOW })).data?.county).overdueQuestions;
    expect(rj[0]).toMatchObject({ communityCode: "RJ-WOLONG", overdueCount: 1 });
    expect(rj.slice(1).every((c) => c.overdueCount === 0)).toBe(true);
  });

  it("publishes the answer beside the question, with the committee member's opinion, names masked", async () => {
    const fumin = present((await s.gql(COMMUNITY_QUESTIONS, { code: "RJ-FUMIN", asOf: DEMO_NOW })).data?.community);
    const books = present(fumin.questions.find((q) => q.subjectKind === "FINANCE_PERIOD"));
    expect(books).toMatchObject({
      subjectTitle: "2026年9月财务公开",
      subjectPath: "/c/RJ-FUMIN/finance/2026-09/",
      askerLabel: "王*华",
      askerName: null,
      contact: null,
      standing: "ANSWERED",
    });
    const answer = present(books.answer);
    expect(createHash("sha256").update(answer.canonicalContent).digest("hex")).toBe(answer.contentHash);
    expect(books.opinions).toHaveLength(1);
  });

  it("never shows a contact, a full name or hidden text to the public, in any community", async () => {
    for (const code of ALL_CODES) {
      const res = await s.gql(COMMUNITY_QUESTIONS, { code });
      const json = JSON.stringify(res);
      expect(json).not.toContain("13907551234"); // 富民's asker's contact
      expect(json).not.toContain("13812345678"); // the phone number in 铜锣湾's hidden question
      expect(json).not.toContain("骗子");
      expect(json).not.toContain("王建华");
      for (const q of present(res.data?.community).questions) expect([q.contact, q.askerName]).toEqual([null, null]);
    }
  });
});

describe("asking", () => {
  it("takes a question from anyone: counted at once, its text public once moderated, its contact never", async () => {
    const before = present((await s.gql(COMMUNITY_QUESTIONS, { code: "RJ-FUMIN" })).data?.community).questionSummary;
    const q = await asked({ name: "张小芳", contact: "13900001111" });
    expect(q).toMatchObject({ status: "RECEIVED", text: null, askerLabel: "张*芳", contact: null });
    const after = present((await s.gql(COMMUNITY_QUESTIONS, { code: "RJ-FUMIN" })).data?.community).questionSummary;
    expect(after).toMatchObject({ total: before.total + 1, received: before.received + 1, awaiting: before.awaiting + 1 });
    const editorView = present((await s.gql(QUESTION, { id: q.id }, fuminEditor)).data?.question);
    expect(editorView).toMatchObject({ text: "请问这个月的支出明细在哪里看？", askerName: "张小芳", contact: "13900001111" });
    const committeeView = present((await s.gql(QUESTION, { id: q.id }, fuminSupervisor.token)).data?.question);
    expect(committeeView.contact).toBe("13900001111");
    const otherEditor = present((await s.gql(QUESTION, { id: q.id }, teheEditor)).data?.question);
    expect([otherEditor.text, otherEditor.contact]).toEqual([null, null]);
  });

  it("refuses bad input field by field and stores nothing", async () => {
    const before = await count();
    const draft = await s.db.disclosure.findFirstOrThrow({ where: { status: "DRAFT" } });
    const multi = await s.db.disclosure.findFirstOrThrow({
      where: { status: "PUBLISHED", targets: { some: { community: { code: "RJ-TEHE" } } } },
      include: { _count: { select: { targets: true } } },
      orderBy: { targets: { _count: "desc" } },
    });
    const cases: [object, string, RegExp][] = [
      [{ text: "太短" }, "input.text", /至少 5 个字/],
      [{ text: "问".repeat(501) }, "input.text", /不能超过 500 个字/],
      [{ text: "   " }, "input.text", /不能为空/],
      [{ name: "名".repeat(21) }, "input.name", /不能超过 20 个字/],
      [{ contact: "1".repeat(51) }, "input.contact", /不能超过 50 个字/],
      [{ subjectKind: "PARKING" }, "input.subjectKind", /类型不正确/],
      [{ subjectId: "nope" }, "input.subjectId", /不存在或尚未公开/],
      [{ subjectKind: "DISCLOSURE", subjectId: draft.id }, "input.subjectId", /不存在或尚未公开/],
      [{ subjectKind: "DISCLOSURE", subjectId: multi.id }, "input.communityCode", /多个社区/],
      [
        { subjectKind: "DISCLOSURE", subjectId: multi.id, communityCode: "SC-TONGLUOWAN" },
        "input.communityCode",
        /未在此社区公开/,
      ],
    ];
    expect(multi._count.targets).toBeGreaterThan(1);
    for (const [input, field, message] of cases) {
      const r = refusal((await ask(input)).data?.askQuestion);
      expect(r.code, JSON.stringify(input).slice(0, 80)).toBe("VALIDATION_FAILED");
      expect("field" in r && r.field).toBe(field);
      expect(r.message).toMatch(message);
    }
    expect(await count()).toBe(before);
    const chosen = await asked({ subjectKind: "DISCLOSURE", subjectId: multi.id, communityCode: "RJ-TEHE" });
    expect(present((await s.gql(QUESTION, { id: chosen.id })).data?.question).communityCode).toBe("RJ-TEHE");
  });
});

describe("moderation, answers and opinions", () => {
  it("lets only the community's editors moderate; a hidden question stays counted with its public reason", async () => {
    const q = await asked({ text: "这是一段含有辱骂和别人电话的文字" });
    const before = present((await s.gql(COMMUNITY_QUESTIONS, { code: "RJ-FUMIN" })).data?.community).questionSummary;
    expect(
      refusal((await s.gql(MODERATE, { id: q.id, action: "HIDE", reason: "含侮辱性言语" })).data?.moderateQuestion).code,
    ).toBe("UNAUTHENTICATED");
    for (const token of [teheEditor, fuminSupervisor.token]) {
      expect(
        refusal((await s.gql(MODERATE, { id: q.id, action: "HIDE", reason: "含侮辱性言语" }, token)).data?.moderateQuestion).code,
      ).toBe("FORBIDDEN");
    }
    const noReason = refusal((await s.gql(MODERATE, { id: q.id, action: "HIDE" }, fuminEditor)).data?.moderateQuestion);
    expect("field" in noReason && noReason.field).toBe("reason");
    const missing = refusal((await s.gql(MODERATE, { id: "nope", action: "PUBLISH" }, fuminEditor)).data?.moderateQuestion);
    expect(missing.code).toBe("NOT_FOUND");
    const hidden = member(
      (await s.gql(MODERATE, { id: q.id, action: "HIDE", reason: "含侮辱性言语" }, fuminEditor)).data?.moderateQuestion,
      "ModerateQuestionSuccess",
    );
    expect(hidden.question).toMatchObject({ status: "HIDDEN", hiddenReason: "含侮辱性言语" });
    const publicView = present((await s.gql(QUESTION, { id: q.id })).data?.question);
    expect(publicView).toMatchObject({ status: "HIDDEN", text: null, hiddenReason: "含侮辱性言语" });
    const committee = present((await s.gql(QUESTION, { id: q.id }, fuminSupervisor.token)).data?.question);
    expect(committee.text).toBe("这是一段含有辱骂和别人电话的文字");
    const after = present((await s.gql(COMMUNITY_QUESTIONS, { code: "RJ-FUMIN" })).data?.community).questionSummary;
    expect(after).toMatchObject({ total: before.total, hidden: before.hidden + 1, received: before.received - 1 });
    const again = refusal((await s.gql(MODERATE, { id: q.id, action: "PUBLISH" }, fuminEditor)).data?.moderateQuestion);
    expect(again.code).toBe("QUESTION_HIDDEN");
  });

  it("publishes the answer under the answering editor's own account, once, hashed", async () => {
    const q = await asked();
    expect(refusal((await s.gql(ANSWER, { id: q.id, text: "明细在财务公开栏目。" })).data?.answerQuestion).code).toBe(
      "UNAUTHENTICATED",
    );
    for (const token of [teheEditor, fuminSupervisor.token]) {
      expect(refusal((await s.gql(ANSWER, { id: q.id, text: "明细在财务公开栏目。" }, token)).data?.answerQuestion).code).toBe(
        "FORBIDDEN",
      );
    }
    const short = refusal((await s.gql(ANSWER, { id: q.id, text: "好" }, fuminEditor)).data?.answerQuestion);
    expect("field" in short && short.field).toBe("text");
    const editorName = (
      await s.db.apiToken.findFirstOrThrow({
        where: { tokenHash: createHash("sha256").update(fuminEditor).digest("hex") },
        include: { user: true },
      })
    ).user.name;
    const done = member(
      (await s.gql(ANSWER, { id: q.id, text: "明细在财务公开栏目，每笔都有凭证号。" }, fuminEditor)).data?.answerQuestion,
      "AnswerQuestionSuccess",
    ).question;
    expect(done).toMatchObject({
      status: "PUBLISHED",
      text: "请问这个月的支出明细在哪里看？",
      answer: { answeredByName: editorName },
    });
    const answer = present(done.answer);
    expect(createHash("sha256").update(answer.canonicalContent).digest("hex")).toBe(answer.contentHash);
    expect(JSON.parse(answer.canonicalContent).answer.text).toBe("明细在财务公开栏目，每笔都有凭证号。");
    const twice = refusal((await s.gql(ANSWER, { id: q.id, text: "再答复一次试试看。" }, fuminEditor)).data?.answerQuestion);
    expect(twice.code).toBe("QUESTION_ALREADY_ANSWERED");
    // Hiding it now would change the question its answer's hash covers.
    const hide = await s.gql(MODERATE, { id: q.id, action: "HIDE", reason: "事后想隐藏的内容" }, fuminEditor);
    expect(refusal(hide.data?.moderateQuestion).code).toBe("QUESTION_ANSWERED");
    const after = present((await s.gql(QUESTION, { id: q.id })).data?.question);
    expect(createHash("sha256").update(present(after.answer).canonicalContent).digest("hex")).toBe(answer.contentHash);
  });

  it("records a committee member's opinion as their own act, once, and refuses anyone else", async () => {
    const q = await asked();
    const input = { questionId: q.id, opinion: "已核实，请社区尽快答复。" };
    expect(refusal((await s.gql(OPINION, { input })).data?.addQuestionOpinion).code).toBe("UNAUTHENTICATED");
    for (const token of [fuminEditor, teheSupervisor]) {
      expect(refusal((await s.gql(OPINION, { input }, token)).data?.addQuestionOpinion).code).toBe("FORBIDDEN");
    }
    const short = refusal(
      (await s.gql(OPINION, { input: { ...input, opinion: "好" } }, fuminSupervisor.token)).data?.addQuestionOpinion,
    );
    expect("field" in short && short.field).toBe("input.opinion");
    const ok = member(
      (await s.gql(OPINION, { input }, fuminSupervisor.token)).data?.addQuestionOpinion,
      "AddQuestionOpinionSuccess",
    );
    expect(ok.question.opinions).toEqual([
      expect.objectContaining({ name: fuminSupervisor.name, opinion: "已核实，请社区尽快答复。" }),
    ]);
    const twice = refusal((await s.gql(OPINION, { input }, fuminSupervisor.token)).data?.addQuestionOpinion);
    expect(twice.code).toBe("QUESTION_OPINION_EXISTS");
    // A member whose term has ended gives no opinion, even with a token that still works.
    const former = present((await s.memberTokens("RJ-FUMIN"))[2]);
    await s.db.memberPosting.updateMany({
      where: { name: former.name, organization: { community: { code: "RJ-FUMIN" } } },
      data: { endedOn: "2026-01-01" },
    });
    const ended = refusal((await s.gql(OPINION, { input }, former.token)).data?.addQuestionOpinion);
    expect([ended.code, ended.message]).toEqual(["FORBIDDEN", expect.stringContaining("在任成员")]);
  });
});

describe("portal rebuilds", () => {
  it("rebuild the portal when a question is published, hidden, answered or given an opinion, not when one is asked", async () => {
    let rebuilds = 0;
    const watched = await startTestServer({ onPortalChange: () => rebuilds++ });
    try {
      const editor = await watched.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
      const input = { subjectKind: "FINANCE_PERIOD", subjectId: fuminSeptember, text: "提问不触发重建，答复才触发。" };
      const q = member((await watched.gql(ASK, { input })).data?.askQuestion, "AskQuestionSuccess").question;
      expect(rebuilds).toBe(0);
      member(
        (await watched.gql(MODERATE, { id: q.id, action: "PUBLISH" }, editor)).data?.moderateQuestion,
        "ModerateQuestionSuccess",
      );
      expect(rebuilds).toBe(1);
      member(
        (await watched.gql(ANSWER, { id: q.id, text: "答复后页面即时更新。" }, editor)).data?.answerQuestion,
        "AnswerQuestionSuccess",
      );
      expect(rebuilds).toBe(2);
      refusal((await watched.gql(ANSWER, { id: q.id, text: "重复答复不触发重建。" }, editor)).data?.answerQuestion);
      expect(rebuilds).toBe(2);
    } finally {
      await watched.close();
    }
  });
});

describe("the time limit, on fixed dates", () => {
  /** Asks, then dates the question Friday 27 November 2026, 10:00 in Shanghai. */
  async function askedOnFriday() {
    const q = await asked();
    await s.db.question.update({ where: { id: q.id }, data: { askedAt: new Date("2026-11-27T02:00:00Z") } });
    return q.id;
  }
  const standing = async (id: string, asOf: string) => present((await s.gql(QUESTION, { id, asOf })).data?.question);

  it("counts 10 working days from the day after, skipping weekends, configured holidays and counting make-up days", async () => {
    const id = await askedOnFriday();
    try {
      // Weekends only: Mon 30 Nov is day 1 … Fri 11 Dec is day 10.
      expect((await standing(id, "2026-12-11T15:59:59Z")).dueOn).toBe("2026-12-11");
      process.env.QUESTION_HOLIDAYS = "2026-12-03";
      let q = await standing(id, "2026-12-14T15:59:59Z"); // the last second of Monday 14 December in Shanghai
      expect([q.dueOn, q.standing]).toEqual(["2026-12-14", "AWAITING"]);
      q = await standing(id, "2026-12-14T16:00:00Z");
      expect([q.standing, q.standingLabel]).toEqual(["OVERDUE", "已逾期未答复"]);
      process.env.QUESTION_MAKEUP_WORKDAYS = "2026-12-05"; // a Saturday worked (调休) makes up for the holiday
      expect((await standing(id, "2026-12-12T00:00:00Z")).dueOn).toBe("2026-12-11");
      process.env.QUESTION_ANSWER_WORKING_DAYS = "3";
      // A second later than the read above: the server's read cache would answer the same query with
      // the same variables from before this configuration change, which a real server only sees on restart.
      expect((await standing(id, "2026-12-12T00:00:01Z")).dueOn).toBe("2026-12-02");
    } finally {
      delete process.env.QUESTION_HOLIDAYS;
      delete process.env.QUESTION_MAKEUP_WORKDAYS;
      delete process.env.QUESTION_ANSWER_WORKING_DAYS;
    }
  });

  it("an answer after the last day is 'answered late', and an overdue question leaves the county's view when answered", async () => {
    const id = (await asked()).id;
    // Asked Friday 2 October 2026: due Friday 16 October; answered today, after that.
    await s.db.question.update({ where: { id }, data: { askedAt: new Date("2026-10-02T02:00:00Z") } });
    const county = async () =>
      present((await s.gql(COUNTY_OVERDUE, { code: "RJ", asOf: "2026-11-20T00:00:00Z" })).data?.county).overdueQuestions.find(
        (c) => c.communityCode === "RJ-FUMIN",
      );
    await expect(county().then((c) => c?.overdue.map((q) => q.id))).resolves.toContain(id);
    member(
      (await s.gql(ANSWER, { id, text: "答复：明细已在栏目中公布。" }, fuminEditor)).data?.answerQuestion,
      "AnswerQuestionSuccess",
    );
    expect((await county())?.overdue.map((q) => q.id)).not.toContain(id);
    expect((await standing(id, "2026-11-20T00:00:00Z")).standing).toBe("ANSWERED_LATE");
  });
});

describe("the question form, posted without JavaScript", () => {
  const post = (fields: Record<string, string>, base = s.url) =>
    fetch(`${base}/questions`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  const form = () => ({
    subjectKind: "FINANCE_PERIOD",
    subjectId: fuminSeptember,
    text: "表单提问：9月的水电费为什么比8月高？",
    name: "",
    contact: "",
    website: "",
    back: "/c/RJ-FUMIN/finance/2026-09/",
  });

  it("stores the question and answers 303 to a Chinese confirmation page with the day it is due", async () => {
    const before = await count();
    const res = await post({ ...form(), name: "李四", contact: "微信 li4" });
    expect(res.status).toBe(303);
    const location = present(res.headers.get("location"));
    expect(location).toMatch(/^\/questions\/received\/\?id=/);
    expect(await count()).toBe(before + 1);
    const page = await fetch(new URL(location, s.url));
    const html = await page.text();
    expect(html).toContain("问题已收到");
    expect(html).toMatch(/社区应在 <strong>\d{4}-\d{2}-\d{2}<\/strong> 前答复/);
    expect(html).toContain('href="/c/RJ-FUMIN/finance/2026-09/"');
    const stored = await s.db.question.findUniqueOrThrow({
      where: { id: present(new URL(location, s.url).searchParams.get("id")) },
    });
    expect(stored).toMatchObject({ askerName: "李四", contact: "微信 li4", status: "RECEIVED" });
    // The audit log records the call but not the asker's private contact.
    const audited = await s.db.auditEntry.findFirstOrThrow({ where: { action: "askQuestion", recordId: stored.id } });
    expect(audited.detail).toContain("李四");
    expect(audited.detail).not.toContain("微信 li4");
  });

  it("answers a page naming each field's problem, with a link back, and stores nothing", async () => {
    const before = await count();
    const res = await post({ ...form(), text: "问".repeat(501), name: "名".repeat(21) });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("<strong>问题内容</strong>：问题内容不能超过 500 个字");
    expect(html).toContain("<strong>称呼</strong>：称呼不能超过 20 个字");
    expect(html).toContain('<a href="/c/RJ-FUMIN/finance/2026-09/">返回上一页重新填写</a>');
    const elsewhere = await post({ ...form(), text: "", back: "https://evil.example/" });
    expect(await elsewhere.text()).toContain('<a href="/">');
    expect(await count()).toBe(before);
  });

  it("takes an objection to one household of an assistance list, named by its place on the list, never by its name", async () => {
    const list = await s.db.assistanceList.findFirstOrThrow({
      where: { community: { code: "RJ-FUMIN" }, period: "2026-11", kind: "MINIMUM_LIVING" },
      include: { rows: { orderBy: { sequence: "asc" } } },
    });
    const row = present(list.rows[1]);
    const res = await post({
      ...form(),
      subjectKind: "ASSISTANCE_LIST",
      subjectId: list.id,
      subject: `ASSISTANCE_ROW:${row.id}`,
      text: "第二户的家庭人口好像不对，请核实。",
      back: `/c/RJ-FUMIN/assistance/${list.id}/`,
    });
    expect(res.status).toBe(303);
    const id = present(new URL(present(res.headers.get("location")), s.url).searchParams.get("id"));
    await s.gql(MODERATE, { id, action: "PUBLISH" }, fuminEditor);
    const q = present((await s.gql(QUESTION, { id })).data?.question);
    expect(q).toMatchObject({
      subjectKind: "ASSISTANCE_ROW",
      subjectId: row.id,
      subjectTitle: expect.stringMatching(/第 2 户$/),
      subjectPath: `/c/RJ-FUMIN/assistance/${list.id}/#row-${row.id}`,
    });
    expect(JSON.stringify(q)).not.toContain(row.recipientName);
    // A made-up subject is refused like any unknown record, naming the field.
    const bogus = await post({ ...form(), subject: "ASSISTANCE_ROW:nope" });
    expect(bogus.status).toBe(400);
  });

  it("takes objections to a Party member-development notice through the API", async () => {
    const notice = await s.db.partyDevelopmentNotice.findFirstOrThrow({ where: { community: { code: "RJ-FENGHUANG" } } });
    const asked = await s.gql(ASK, {
      input: { subjectKind: "PARTY_NOTICE", subjectId: notice.id, text: "公示对象的入党申请时间能否公布？" },
    });
    expect(asked.data?.askQuestion?.__typename).toBe("AskQuestionSuccess");
    const demo = present((await s.gql(COMMUNITY_QUESTIONS, { code: "RJ-FENGHUANG" })).data?.community).questions;
    expect(demo.filter((q) => q.subjectKind === "PARTY_NOTICE").map((q) => q.subjectPath)).toContain(
      `/c/RJ-FENGHUANG/party/notices/${notice.id}/`,
    );
  });

  it("drops what fills the honeypot, answering like a success", async () => {
    const before = await count();
    const res = await post({ ...form(), website: "http://spam.example" });
    expect(res.status).toBe(303);
    expect(await count()).toBe(before);
  });

  it("limits questions per address, the form and the API together, with a clear answer and nothing stored", async () => {
    process.env.QUESTION_RATE_LIMIT_PER_HOUR = "3";
    const limited = await startTestServer();
    try {
      const before = await limited.db.question.count();
      for (let i = 0; i < 2; i++) expect((await post(form(), limited.url)).status).toBe(303);
      const viaApi = await limited.gql(ASK, {
        input: { subjectKind: "FINANCE_PERIOD", subjectId: fuminSeptember, text: "第三个问题，经接口提交。" },
      });
      expect(viaApi.data?.askQuestion?.__typename).toBe("AskQuestionSuccess");
      const refused = await post(form(), limited.url);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/提问过于频繁：同一网络每小时最多提交 3 个问题，请 \d+ 分钟后再试/);
      const apiRefused = await limited.gql(ASK, {
        input: { subjectKind: "FINANCE_PERIOD", subjectId: fuminSeptember, text: "第五个问题，经接口提交。" },
      });
      expect(apiRefused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(await limited.db.question.count()).toBe(before + 3);
      // Aliases cannot ask many questions under one count.
      const many = await s.gql(
        `mutation($i: AskQuestionInput!) { a: askQuestion(input: $i) { __typename } b: askQuestion(input: $i) { __typename } }`,
        { i: { subjectKind: "FINANCE_PERIOD", subjectId: fuminSeptember, text: "一次请求两个问题。" } },
      );
      expect(many.errors?.[0]?.extensions?.code).toBe("ONE_QUESTION_PER_REQUEST");
    } finally {
      process.env.QUESTION_RATE_LIMIT_PER_HOUR = "0";
      await limited.close();
    }
  });
});
