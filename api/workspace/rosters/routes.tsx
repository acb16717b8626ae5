/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { type Request, type Response, Router } from "express";
import { todayInShanghai } from "../../periods.ts";
import { STAFF_POST_KIND_LABELS, type StaffPostKind } from "../../rosters/labels.ts";
import { type FormErrors, formErrors } from "../graphql.ts";
import { sendPage, sendProblem } from "../page.tsx";
import { onlyRoles, signedChrome, staffOf, text } from "../staff.ts";
import { correct, showCorrection } from "./correct.tsx";
import { orNull, personFields, ROLE_FIELD, rosterOf, SORT_FIELD, sortOrderOf, uploadedPhoto } from "./inputs.ts";
import {
  AddPosting,
  AddStaffPosting,
  EditorCommunities,
  EndPosting,
  EndStaffPosting,
  PublishRosterNotice,
} from "./operations.ts";
import {
  type Choice,
  type CommunityRoster,
  type FailedEnd,
  type FieldSpec,
  PostingFormPage,
  RostersPage,
  type Values,
} from "./pages.tsx";

const NO_ERRORS: FormErrors = { fields: {} };
const NONE: Choice = { value: "", label: "（无）" };

async function loadRosters(res: Response): Promise<CommunityRoster[]> {
  const { me } = await staffOf(res).run(EditorCommunities, {});
  const rosters = await Promise.all((me?.communities ?? []).map((c) => rosterOf(res, c.code)));
  return rosters.filter((r) => r !== null);
}

async function showRosters(
  res: Response,
  extra: Omit<Parameters<typeof RostersPage>[0], "chrome" | "rosters"> = {},
  status = 200,
) {
  sendPage(res, <RostersPage chrome={signedChrome(res)} rosters={await loadRosters(res)} {...extra} />, status);
}

/**
 * What a successful write says on the list it sends the browser on to (303, so that reloading the
 * list cannot add a member twice). Only these words are shown, with the name of a posting found in
 * the roster: nothing from the address itself reaches the page.
 */
const DONE = {
  added: (name: string) => `已添加${name}，公示栏将在几分钟内更新。`,
  corrected: (name: string) => `已更正${name}的任职信息，原记录保留在任职历史中。`,
  ended: () => "已办理离任，公示栏将在几分钟内更新。",
  published: () => "上岗公示已发布，公示栏将在几分钟内更新。",
} as const;
type Done = keyof typeof DONE;

const doneAt = (done: Done, postingId = "") =>
  `/staff/rosters/?done=${done}${postingId ? `&posting=${encodeURIComponent(postingId)}` : ""}`;

function nameIn(rosters: CommunityRoster[], id: string): string {
  for (const r of rosters) {
    const people = [
      ...r.organizations.flatMap((o) => o.postings),
      ...r.grids.flatMap((g) => [...g.leader, ...g.workers]),
      ...r.buildings.flatMap((b) => b.heads),
      ...r.serviceStaff,
    ];
    const found = people.find((p) => p.id === id);
    if (found) return found.name;
  }
  return "";
}

async function showDone(req: Request, res: Response) {
  const done = String(req.query.done ?? "");
  if (!(done in DONE)) return showRosters(res);
  const rosters = await loadRosters(res);
  const notice = DONE[done as Done](nameIn(rosters, String(req.query.posting ?? "")));
  sendPage(res, <RostersPage chrome={signedChrome(res)} rosters={rosters} notice={notice} />);
}

const termFields = (replaces: Choice[], startLabel: string): FieldSpec[] => [
  { name: "startedOn", label: startLabel, kind: "date", required: true },
  { name: "replacesId", label: "接替的任职（接任时选择，原任职在当天结束）", kind: "select", choices: [NONE, ...replaces] },
  SORT_FIELD,
];

function memberFields(roster: CommunityRoster): FieldSpec[] {
  const organizations = roster.organizations.map((o) => ({ value: o.id, label: `${o.name}（${o.kindLabel}）` }));
  const members = roster.organizations.flatMap((o) =>
    o.postings.map((p) => ({ value: p.id, label: `${o.name}：${p.role} ${p.name}` })),
  );
  return [
    { name: "organizationId", label: "所在组织", kind: "select", required: true, choices: organizations },
    ...personFields(ROLE_FIELD, "分工职责"),
    ...termFields(members, "任职开始日期"),
  ];
}

function staffFields(roster: CommunityRoster): FieldSpec[] {
  const kinds = Object.entries(STAFF_POST_KIND_LABELS).map(([value, label]) => ({ value, label }));
  const inOffice = [
    ...roster.grids.flatMap((g) => [...g.leader, ...g.workers].map((p) => ({ p, where: g.name }))),
    ...roster.buildings.flatMap((b) => b.heads.map((p) => ({ p, where: b.name }))),
    ...roster.serviceStaff.map((p) => ({ p, where: p.counter ?? "服务中心" })),
  ].map(({ p, where }) => ({ value: p.id, label: `${p.kindLabel}（${where}）：${p.name}` }));
  return [
    { name: "kind", label: "岗位类型", kind: "select", required: true, choices: kinds },
    {
      name: "gridId",
      label: "所在网格（网格长、网格员填写）",
      kind: "select",
      choices: [NONE, ...roster.grids.map((g) => ({ value: g.id, label: g.name }))],
    },
    {
      name: "buildingId",
      label: "所在楼栋（楼长填写）",
      kind: "select",
      choices: [NONE, ...roster.buildings.map((b) => ({ value: b.id, label: b.name }))],
    },
    ...personFields({ name: "title", label: "岗位名称（如 专职网格员、窗口受理员）", kind: "text", required: true }, "工作职责"),
    { name: "counter", label: "服务窗口（服务中心工作人员填写）", kind: "text" },
    ...termFields(inOffice, "上岗日期"),
  ];
}

const FORMS = {
  members: { title: "添加班子成员", submit: "添加成员", fields: memberFields },
  staff: { title: "添加工作人员", submit: "添加上岗人员", fields: staffFields },
} as const;
type FormName = keyof typeof FORMS;

async function showForm(req: Request, res: Response, form: FormName, values: Values, errors = NO_ERRORS, status = 200) {
  const code = String(req.params.code);
  const roster = await rosterOf(res, code);
  if (!roster) return sendProblem(res, 404, "没有这个社区。", staffOf(res).chrome);
  const { title, submit, fields } = FORMS[form];
  sendPage(
    res,
    <PostingFormPage
      chrome={signedChrome(res)}
      title={`${title} · ${roster.name}`}
      action={`/staff/rosters/${code}/${form}`}
      fields={fields(roster)}
      values={values}
      errors={errors}
      submit={submit}
    />,
    status,
  );
}

/** The form's values as typed, field by field, to send and to show again if refused. */
function typedValues(body: unknown, form: FormName, roster: CommunityRoster): Values {
  return Object.fromEntries(FORMS[form].fields(roster).map((f) => [f.name, text(body, f.name).trim()]));
}

async function add(req: Request, res: Response, form: FormName) {
  const code = String(req.params.code);
  const roster = await rosterOf(res, code);
  if (!roster) return sendProblem(res, 404, "没有这个社区。", staffOf(res).chrome);
  const v = typedValues(req.body, form, roster);
  const sortOrder = sortOrderOf(v.sortOrder);
  if (sortOrder === "invalid") return showForm(req, res, form, v, { fields: { sortOrder: "排序应为整数" } }, 400);
  const photo = await uploadedPhoto(req, res, code, v.name ?? "");
  if (typeof photo === "object" && photo !== null) return showForm(req, res, form, v, photo, 400);
  const person = {
    photoId: photo,
    name: v.name ?? "",
    duties: v.duties ?? "",
    publicPhone: orNull(v.publicPhone),
    startedOn: v.startedOn ?? "",
    replacesId: orNull(v.replacesId),
    sortOrder,
  };
  const { run } = staffOf(res);
  const result =
    form === "members"
      ? (await run(AddPosting, { input: { ...person, organizationId: v.organizationId ?? "", role: v.role ?? "" } })).addPosting
      : (
          await run(AddStaffPosting, {
            input: {
              ...person,
              communityCode: code,
              kind: (v.kind ?? "") as StaffPostKind,
              title: v.title ?? "",
              gridId: orNull(v.gridId),
              buildingId: orNull(v.buildingId),
              counter: orNull(v.counter),
            },
          })
        ).addStaffPosting;
  if (result.__typename === "AddPostingSuccess" || result.__typename === "AddStaffPostingSuccess") {
    return res.redirect(303, doneAt("added", result.posting.id));
  }
  await showForm(req, res, form, v, formErrors(result, Object.keys(v)), 400);
}

async function end(req: Request, res: Response, staff: boolean) {
  const id = String(req.params.id);
  const endedOn = text(req.body, "endedOn").trim();
  const reason = text(req.body, "reason").trim();
  const { run } = staffOf(res);
  const args = { id, endedOn, reason };
  const result = staff ? (await run(EndStaffPosting, args)).endStaffPosting : (await run(EndPosting, args)).endPosting;
  if (result.__typename === "EndPostingSuccess" || result.__typename === "EndStaffPostingSuccess") {
    return res.redirect(303, doneAt("ended"));
  }
  const failed: FailedEnd = { id, errors: formErrors(result, ["endedOn", "reason"]), endedOn, reason };
  await showRosters(res, { failed }, 400);
}

/**
 * Rosters (班子成员、工作人员) of the editor's communities: who is in office, adding a member or a
 * staff posting, ending one (离任), and publishing the roster as a notice (上岗公示).
 */
export function rosterScreens(): Router {
  const router = Router();
  router.use(onlyRoles("COMMUNITY_EDITOR", "COUNTY_EDITOR", "ADMIN"));
  router.get("/", (req, res) => showDone(req, res));
  router.get("/:code/members/new", (req, res) =>
    showForm(req, res, "members", { organizationId: String(req.query.organization ?? ""), startedOn: todayInShanghai() }),
  );
  router.get("/:code/staff/new", (req, res) => showForm(req, res, "staff", { startedOn: todayInShanghai() }));
  router.post("/:code/members", (req, res) => add(req, res, "members"));
  router.post("/:code/staff", (req, res) => add(req, res, "staff"));
  router.get("/:code/postings/:id/correct", (req, res) => showCorrection(req, res));
  router.post("/:code/postings/:id/correct", (req, res) =>
    correct(req, res, (postingId) => res.redirect(303, doneAt("corrected", postingId))),
  );
  router.post("/postings/:id/end", (req, res) => end(req, res, false));
  router.post("/staff-postings/:id/end", (req, res) => end(req, res, true));
  router.post("/:code/notice", async (req, res) => {
    const code = String(req.params.code);
    const catalogueItemId = orNull(text(req.body, "catalogueItemId"));
    const { publishRosterNotice: result } = await staffOf(res).run(PublishRosterNotice, {
      input: { communityCode: code, catalogueItemId },
    });
    if (result.__typename === "PublishRosterNoticeSuccess") {
      return res.redirect(303, doneAt("published"));
    }
    await showRosters(res, { noticeErrors: { code, errors: formErrors(result, ["catalogueItemId"]) } }, 400);
  });
  return router;
}
