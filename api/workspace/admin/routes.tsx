/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { type Request, type Response, Router } from "express";
import { type FormErrors, formErrors } from "../graphql.ts";
import { sendPage } from "../page.tsx";
import { list, onlyRoles, staffOf, text } from "../staff.ts";
import { Accounts, AuditPage, CreateAccount, InviteAccount, RevokeAccount } from "./operations.ts";
import {
  type AccountsForms,
  AccountsPage,
  type AuditFilters,
  AuditLogPage,
  NEW_ACCOUNT_FIELDS,
  type NewAccount,
} from "./pages.tsx";

const NO_ERRORS: FormErrors = { fields: {} };
const BLANK: NewAccount = { name: "", role: "COMMUNITY_EDITOR", countyCode: "", communityCodes: [] };
const ROLES = ["ADMIN", "COUNTY_EDITOR", "COMMUNITY_EDITOR"] as const;

function signed(res: Response) {
  const { session, chrome } = staffOf(res);
  return { ...chrome, user: { name: session.viewer.name, role: session.viewer.role, csrfToken: session.csrfToken } };
}

async function showAccounts(res: Response, forms: Partial<AccountsForms> = {}, status = 200) {
  const data = await staffOf(res).run(Accounts, {});
  sendPage(res, <AccountsPage chrome={signed(res)} data={data} forms={{ errors: NO_ERRORS, values: BLANK, ...forms }} />, status);
}

/** The link as the admin will pass it on: on the address they reached this server by. */
const linkOf = (req: Request, path: string) => `${req.protocol}://${req.get("host")}${path}`;

/** A day typed in a date field, as the instant its Asia/Shanghai midnight falls on; `days` moves it on. */
function shanghaiDay(day: string, days = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const start = new Date(`${day}T00:00:00+08:00`);
  return Number.isNaN(start.getTime()) ? null : new Date(start.getTime() + days * 86_400_000).toISOString();
}

/** Accounts, invitations and revocation, and the audit log: platform admins only. */
export function adminScreens(): Router {
  const router = Router();
  router.use(onlyRoles("ADMIN"));

  router.get("/", (_req, res) => showAccounts(res));

  router.post("/users", async (req, res) => {
    const values: NewAccount = {
      name: text(req.body, "name"),
      role: text(req.body, "role"),
      countyCode: text(req.body, "countyCode"),
      communityCodes: list(req.body, "communityCodes"),
    };
    const role = ROLES.find((r) => r === values.role);
    if (!role) return showAccounts(res, { values, errors: { fields: { role: "请选择角色" } } }, 400);
    const run = staffOf(res).run;
    const { createUser: created } = await run(CreateAccount, {
      input: {
        name: values.name,
        role,
        countyCode: values.countyCode || null,
        communityCodes: values.communityCodes,
      },
    });
    if (created.__typename !== "CreateUserSuccess")
      return showAccounts(res, { values, errors: formErrors(created, NEW_ACCOUNT_FIELDS) }, 400);
    const { inviteUser: invited } = await run(InviteAccount, { id: created.user.id });
    if (invited.__typename !== "InviteUserSuccess") return showAccounts(res, { errors: formErrors(invited, []) }, 400);
    await showAccounts(res, { notice: `已新建账号：${created.user.name}。`, link: linkOf(req, invited.invitation.path) });
  });

  router.post("/users/:id/invite", async (req, res) => {
    const { inviteUser: invited } = await staffOf(res).run(InviteAccount, { id: String(req.params.id) });
    if (invited.__typename !== "InviteUserSuccess") return showAccounts(res, { errors: formErrors(invited, []) }, 400);
    await showAccounts(res, { link: linkOf(req, invited.invitation.path) });
  });

  router.post("/users/:id/revoke", async (req, res) => {
    const { revokeUserAccess: revoked } = await staffOf(res).run(RevokeAccount, { id: String(req.params.id) });
    if (revoked.__typename !== "RevokeUserAccessSuccess") return showAccounts(res, { errors: formErrors(revoked, []) }, 400);
    const { sessions, tokens } = revoked.revocation;
    await showAccounts(res, { notice: `已结束 ${sessions} 个会话，撤销 ${tokens} 个 API 令牌。` });
  });

  router.get("/audit", async (req, res) => {
    const q = (name: string) => (typeof req.query[name] === "string" ? String(req.query[name]).trim() : "");
    const filters: AuditFilters = {
      userId: q("userId"),
      action: q("action"),
      communityCode: q("communityCode"),
      from: q("from"),
      to: q("to"),
    };
    const since = filters.from ? shanghaiDay(filters.from) : null;
    const until = filters.to ? shanghaiDay(filters.to, 1) : null;
    const wrongDate = (filters.from && !since) || (filters.to && !until) ? "日期格式应为 2026-03-05" : undefined;
    const data = await staffOf(res).run(AuditPage, {
      after: q("after") || null,
      userId: filters.userId || null,
      action: filters.action || null,
      communityCode: filters.communityCode || null,
      since,
      until,
    });
    const { hasNextPage, endCursor } = data.auditLog.pageInfo;
    const nextQuery = new URLSearchParams({ ...filters, after: endCursor ?? "" });
    sendPage(
      res,
      <AuditLogPage
        chrome={staffOf(res).chrome}
        data={data}
        filters={filters}
        {...(hasNextPage && endCursor ? { next: `/staff/admin/audit?${nextQuery}` } : {})}
        {...(wrongDate ? { error: wrongDate } : {})}
      />,
      wrongDate ? 400 : 200,
    );
  });
  return router;
}
