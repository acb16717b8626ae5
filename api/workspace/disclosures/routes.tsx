/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { type Request, type Response, Router } from "express";
import { renderMarkdown } from "../../disclosures/markdown.ts";
import { type FormErrors, formErrors } from "../graphql.ts";
import { sendPage, sendProblem } from "../page.tsx";
import { list, onlyRoles, staffOf, text } from "../staff.ts";
import {
  CorrectDisclosure,
  CreateDisclosure,
  DisclosureForScreen,
  EditorCommunities,
  PublishDisclosure,
  WithdrawDisclosure,
} from "./operations.ts";
import { DisclosurePage, DRAFT_FIELDS, type DraftValues, NewDisclosurePage } from "./pages.tsx";

const NO_ERRORS: FormErrors = { fields: {} };

function chromeOf(res: Response) {
  const staff = staffOf(res);
  return {
    ...staff.chrome,
    user: { name: staff.session.viewer.name, role: staff.session.viewer.role, csrfToken: staff.session.csrfToken },
  };
}

async function showNew(res: Response, values: DraftValues, errors: FormErrors, previewHtml?: string, status = 200) {
  const options = await staffOf(res).run(EditorCommunities, {});
  sendPage(
    res,
    <NewDisclosurePage chrome={chromeOf(res)} options={options} values={values} errors={errors} previewHtml={previewHtml} />,
    status,
  );
}

async function showDisclosure(
  req: Request,
  res: Response,
  extra: { errors?: FormErrors; notice?: string; reason?: string } = {},
  status = 200,
) {
  const { disclosure } = await staffOf(res).run(DisclosureForScreen, { id: String(req.params.id) });
  // A draft of another community's editor reads as missing, exactly as the API answers it.
  if (!disclosure) return sendProblem(res, 404, "没有这条公开内容，或您无权查看。", staffOf(res).chrome);
  sendPage(
    res,
    <DisclosurePage chrome={chromeOf(res)} disclosure={disclosure} errors={extra.errors ?? NO_ERRORS} {...extra} />,
    status,
  );
}

/** Writing, publishing, correcting and withdrawing disclosures (公开内容), for editors. */
export function disclosureScreens(): Router {
  const router = Router();
  router.use(onlyRoles("COMMUNITY_EDITOR", "COUNTY_EDITOR", "ADMIN"));

  router.get("/new", async (req, res) => {
    const community = typeof req.query.community === "string" ? [req.query.community] : [];
    await showNew(
      res,
      { title: "", categoryCode: "", catalogueItemId: "", communityCodes: community, period: "", body: "" },
      NO_ERRORS,
    );
  });

  router.post("/new", async (req, res) => {
    const values: DraftValues = {
      title: text(req.body, "title"),
      categoryCode: text(req.body, "categoryCode"),
      catalogueItemId: text(req.body, "catalogueItemId"),
      communityCodes: list(req.body, "communityCodes"),
      period: text(req.body, "period"),
      body: text(req.body, "body"),
    };
    if (text(req.body, "intent") === "preview") return showNew(res, values, NO_ERRORS, renderMarkdown(values.body));
    const { createDisclosure: result } = await staffOf(res).run(CreateDisclosure, {
      input: {
        title: values.title,
        categoryCode: values.categoryCode,
        communityCodes: values.communityCodes,
        body: values.body,
        period: values.period.trim() || null,
        catalogueItemId: values.catalogueItemId || null,
      },
    });
    if (result.__typename === "CreateDisclosureSuccess") return res.redirect(303, `/staff/disclosures/${result.disclosure.id}`);
    await showNew(res, values, formErrors(result, DRAFT_FIELDS), undefined, 400);
  });

  router.get("/:id", (req, res) => showDisclosure(req, res));

  router.post("/:id/publish", async (req, res) => {
    const { publishDisclosure: result } = await staffOf(res).run(PublishDisclosure, { id: String(req.params.id) });
    if (result.__typename === "PublishDisclosureSuccess")
      return showDisclosure(req, res, { notice: "已发布，公示栏将在几分钟内更新。" });
    await showDisclosure(req, res, { errors: formErrors(result, []) }, 400);
  });

  router.post("/:id/withdraw", async (req, res) => {
    const reason = text(req.body, "withdrawReason");
    const { withdrawDisclosure: result } = await staffOf(res).run(WithdrawDisclosure, { id: String(req.params.id), reason });
    if (result.__typename === "WithdrawDisclosureSuccess")
      return showDisclosure(req, res, { notice: "已撤回，撤回原因对居民可见。" });
    const errors = formErrors(result, ["reason"]);
    await showDisclosure(
      req,
      res,
      { errors: { ...errors, fields: { withdrawReason: errors.fields.reason ?? "" } }, reason },
      400,
    );
  });

  router.post("/:id/correct", async (req, res) => {
    const input = { title: text(req.body, "title"), body: text(req.body, "body"), reason: text(req.body, "reason") };
    const { correctDisclosure: result } = await staffOf(res).run(CorrectDisclosure, { id: String(req.params.id), input });
    if (result.__typename === "CorrectDisclosureSuccess") return res.redirect(303, `/staff/disclosures/${result.disclosure.id}`);
    await showDisclosure(req, res, { errors: formErrors(result, ["title", "body", "reason"]), reason: input.reason }, 400);
  });
  return router;
}
