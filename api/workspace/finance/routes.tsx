/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { type Request, type Response, Router } from "express";
import { type FormErrors, formErrors } from "../graphql.ts";
import { sendPage, sendProblem } from "../page.tsx";
import { onlyRoles, staffOf, text } from "../staff.ts";
import { ENTRY_FIELDS, entryKey } from "./entries.tsx";
import { Answer, DeleteEntry, Month, Months, Publish, Raise, RecordEntry, SignOff, Submit } from "./operations.ts";
import { type MonthForms, MonthPage, MonthsPage } from "./pages.tsx";

const NO_ERRORS: FormErrors = { fields: {} };

function chromeOf(res: Response) {
  const { session, chrome } = staffOf(res);
  return { ...chrome, user: { name: session.viewer.name, role: session.viewer.role, csrfToken: session.csrfToken } };
}

async function showMonth(req: Request, res: Response, forms: MonthForms = { errors: NO_ERRORS }, status = 200) {
  const { financePeriod } = await staffOf(res).run(Month, { id: String(req.params.id) });
  if (!financePeriod) return sendProblem(res, 404, "没有这个月的账目，或您无权查看。", staffOf(res).chrome);
  sendPage(res, <MonthPage chrome={chromeOf(res)} period={financePeriod} forms={forms} />, status);
}

type Outcome = { __typename: string; message?: string; issues?: { field: string; message: string }[] };

/** Shows the month again: with a notice when the write went through, else the API's refusal beside its field. */
async function after(
  req: Request,
  res: Response,
  outcome: Outcome,
  done: string,
  shown: Record<string, string>,
  typed?: Record<string, string>,
) {
  if (outcome.__typename.endsWith("Success")) return showMonth(req, res, { errors: NO_ERRORS, notice: done });
  const errors = formErrors({ message: outcome.message ?? "", issues: outcome.issues }, Object.keys(shown));
  // The API names its arguments (`answer`, `input.question`); the page may call the field otherwise.
  const fields = Object.fromEntries(Object.entries(errors.fields).map(([key, message]) => [shown[key] ?? key, message]));
  await showMonth(req, res, { errors: { ...errors, fields }, typed }, 400);
}

/**
 * The books under review: editors submit a month, answer the committee's queries and publish it
 * once more than half have signed; committee members raise queries and sign with their own session.
 */
export function financeScreens(): Router {
  const router = Router();
  router.get("/", async (_req, res) => {
    sendPage(res, <MonthsPage chrome={chromeOf(res)} data={await staffOf(res).run(Months, {})} />);
  });
  router.get("/:id", (req, res) =>
    showMonth(req, res, { errors: NO_ERRORS, ...(typeof req.query.entry === "string" ? { entryId: req.query.entry } : {}) }),
  );

  const editors = onlyRoles("COMMUNITY_EDITOR", "COUNTY_EDITOR", "ADMIN");
  router.post("/:id/submit", editors, async (req, res) => {
    const { submitFinancePeriod } = await staffOf(res).run(Submit, { id: String(req.params.id) });
    await after(req, res, submitFinancePeriod, "已提交监督委员会审核。", {});
  });
  router.post("/:id/publish", editors, async (req, res) => {
    const { publishFinancePeriod } = await staffOf(res).run(Publish, { id: String(req.params.id) });
    await after(req, res, publishFinancePeriod, "本月账目已公开，公示栏将在几分钟内更新。", {});
  });
  router.post("/:id/entries", editors, async (req, res) => {
    const typed = Object.fromEntries(ENTRY_FIELDS.map((f) => [entryKey(f), text(req.body, entryKey(f))]));
    const values = Object.fromEntries(ENTRY_FIELDS.map((f) => [f, typed[entryKey(f)] ?? ""]));
    const input = { periodId: String(req.params.id), ...(values as Record<(typeof ENTRY_FIELDS)[number], string>) };
    const { recordLedgerEntry } = await staffOf(res).run(RecordEntry, { input });
    const shown = Object.fromEntries(ENTRY_FIELDS.map((f) => [f, entryKey(f)]));
    // After a write the form starts empty for the next entry; after a refusal it keeps what was typed.
    await after(req, res, recordLedgerEntry, `已记入凭证 ${input.voucherNo}。`, shown, typed);
  });
  router.post("/:id/entries/:entryId/delete", editors, async (req, res) => {
    const { deleteLedgerEntry } = await staffOf(res).run(DeleteEntry, { id: String(req.params.entryId) });
    await after(req, res, deleteLedgerEntry, "分录已删除。", {});
  });
  router.post("/:id/answer/:queryId", editors, async (req, res) => {
    const queryId = String(req.params.queryId);
    const answer = text(req.body, "answer");
    const { answerFinanceQuery } = await staffOf(res).run(Answer, { queryId, answer });
    const field = `answer-${queryId}`;
    await after(req, res, answerFinanceQuery, "答复已保存，将随本月账目一并公开。", { answer: field }, { [field]: answer });
  });

  // Only a member signs or raises a query, each from their own session: the API ties the act to the viewer.
  const members = onlyRoles("SUPERVISOR");
  router.post("/:id/query", members, async (req, res) => {
    const typed = { entryId: text(req.body, "entryId"), question: text(req.body, "question") };
    const input = {
      periodId: String(req.params.id),
      question: typed.question,
      ...(typed.entryId ? { entryId: typed.entryId } : {}),
    };
    const { raiseFinanceQuery } = await staffOf(res).run(Raise, { input });
    await after(
      req,
      res,
      raiseFinanceQuery,
      "质询已提出，等待工作人员答复。",
      { question: "question", entryId: "entryId" },
      typed,
    );
  });
  router.post("/:id/sign", members, async (req, res) => {
    const typed = { opinion: text(req.body, "opinion"), opinionText: text(req.body, "opinionText") };
    const opinion = typed.opinion;
    if (opinion !== "AGREE" && opinion !== "OBJECTION") {
      return showMonth(req, res, { errors: { fields: {}, form: "请选择同意或有异议。" }, typed }, 400);
    }
    const { signOffFinancePeriod } = await staffOf(res).run(SignOff, {
      input: { periodId: String(req.params.id), opinion, opinionText: typed.opinionText.trim() || null },
    });
    await after(req, res, signOffFinancePeriod, "您的签字已记录。", { opinionText: "opinionText" }, typed);
  });
  return router;
}
