/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { type Request, type Response, Router } from "express";
import { type FormErrors, formErrors } from "../graphql.ts";
import { sendPage, sendProblem } from "../page.tsx";
import { onlyRoles, signedChrome, staffOf, text } from "../staff.ts";
import { AnswerQuestion, QuestionForAnswer, Questions } from "./operations.ts";
import { AnswerPage, QuestionsPage } from "./pages.tsx";

async function showQuestion(
  req: Request,
  res: Response,
  extra: { errors?: FormErrors; typed?: string; notice?: string } = {},
  status = 200,
) {
  const { question } = await staffOf(res).run(QuestionForAnswer, { id: String(req.params.id) });
  if (!question) return sendProblem(res, 404, "没有这条质询。", staffOf(res).chrome);
  sendPage(
    res,
    <AnswerPage
      chrome={signedChrome(res)}
      question={question}
      errors={extra.errors ?? { fields: {} }}
      typed={extra.typed ?? ""}
      notice={extra.notice}
    />,
    status,
  );
}

/** Residents' questions (居民质询) of the editor's communities: what awaits an answer, the answer form, what was answered. */
export function questionScreens(): Router {
  const router = Router();
  router.use(onlyRoles("COMMUNITY_EDITOR", "COUNTY_EDITOR", "ADMIN"));
  router.get("/", async (_req, res) => {
    const { me } = await staffOf(res).run(Questions, {});
    sendPage(res, <QuestionsPage chrome={signedChrome(res)} communities={me?.communities ?? []} />);
  });
  router.get("/:id", (req, res) => showQuestion(req, res));
  router.post("/:id/answer", async (req, res) => {
    const answer = text(req.body, "text");
    const { answerQuestion: result } = await staffOf(res).run(AnswerQuestion, { id: String(req.params.id), text: answer });
    if (result.__typename === "AnswerQuestionSuccess") {
      return showQuestion(req, res, { notice: "答复已公开，公示栏将在几分钟内更新。" });
    }
    await showQuestion(req, res, { errors: formErrors(result, ["text"]), typed: answer }, 400);
  });
  return router;
}
