import { z } from "zod";
import type { Db } from "../db/client.ts";
import type { User } from "../db/generated/client.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { parseInput, requiredText, withDefault } from "../validation.ts";
import { createInvite, INVITE_LIFETIME_MS } from "../workspace/accounts.ts";
import { IDLE_LIMIT_MS } from "../workspace/sessions.ts";
import type { Viewer } from "./viewer.ts";

/**
 * Roles an admin creates from scratch. A committee member's account belongs to their posting on
 * the committee's roster (`npm run token -- create --role supervisor`), so it is not made here.
 */
export const CREATABLE_ROLE_LABELS = {
  ADMIN: "平台管理员",
  COUNTY_EDITOR: "县级编辑：本县所有社区",
  COMMUNITY_EDITOR: "社区编辑：指定社区",
} as const;
const CREATABLE_ROLES = Object.keys(CREATABLE_ROLE_LABELS) as (keyof typeof CREATABLE_ROLE_LABELS)[];

export const createUserSchema = z
  .object({
    name: requiredText("姓名", 50),
    role: z.enum(CREATABLE_ROLES as [keyof typeof CREATABLE_ROLE_LABELS], {
      message: "角色不正确（居务监督委员会成员的账号随其名册任职创建）",
    }),
    countyCode: z
      .string()
      .trim()
      .nullish()
      .transform((s) => s || null),
    communityCodes: withDefault(z.array(z.string().trim().min(1)).max(100, "社区过多"), []),
  })
  .superRefine((input, ctx) => {
    if (input.role === "COUNTY_EDITOR" && !input.countyCode)
      ctx.addIssue({ code: "custom", path: ["countyCode"], message: "县级编辑须选择所属县" });
    if (input.role === "COMMUNITY_EDITOR" && input.communityCodes.length === 0)
      ctx.addIssue({ code: "custom", path: ["communityCodes"], message: "社区编辑须至少选择一个社区" });
  });
export type CreateUserInput = z.input<typeof createUserSchema>;

/** A staff account, scoped as its role needs: a county for county editors, communities for community editors. */
export async function createUser(db: Db, _viewer: Viewer, input: CreateUserInput): Promise<User> {
  const { name, role, countyCode, communityCodes } = parseInput(createUserSchema, input);
  const county = role === "COUNTY_EDITOR" && countyCode ? await db.county.findUnique({ where: { code: countyCode } }) : null;
  if (role === "COUNTY_EDITOR" && !county)
    throw new ValidationError([{ field: "input.countyCode", message: `没有编码为 ${countyCode} 的县` }]);
  const codes = role === "COMMUNITY_EDITOR" ? [...new Set(communityCodes)] : [];
  const communities = await db.community.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const missing = codes.filter((c) => !communities.some((row) => row.code === c));
  if (missing.length) throw new ValidationError([{ field: "input.communityCodes", message: `没有社区 ${missing.join("、")}` }]);
  return db.user.create({
    data: { name, role, countyId: county?.id ?? null, communities: { create: communities.map((c) => ({ communityId: c.id })) } },
  });
}

async function activeUser(db: Db, id: string): Promise<User> {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError(id, "没有这个用户");
  return user;
}

export const userIdSchema = z.object({ id: z.string().trim().min(1, "请指定用户") });
export type UserIdInput = z.input<typeof userIdSchema>;

/** A one-time link for the user to choose a user name and password; its secret is in the path and returned once. */
export async function inviteUser(db: Db, _viewer: Viewer, input: UserIdInput, at = new Date()) {
  const user = await activeUser(db, parseInput(userIdSchema, input, "").id);
  if (user.disabledAt) throw new StateConflictError("USER_DISABLED", "该账号已停用，不能邀请");
  const token = await createInvite(db, user.id, at);
  return { path: `/staff/invite/${token}`, expiresAt: new Date(at.getTime() + INVITE_LIFETIME_MS) };
}

/** Ends every workspace session and revokes every API token of a user at once: a lost phone, a left job. */
export async function revokeUserAccess(db: Db, _viewer: Viewer, input: UserIdInput, at = new Date()) {
  const user = await activeUser(db, parseInput(userIdSchema, input, "").id);
  const [sessions, tokens] = await db.$transaction([
    db.staffSession.updateMany({ where: { userId: user.id, revokedAt: null, expiresAt: { gt: at } }, data: { revokedAt: at } }),
    db.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: at } }),
  ]);
  return { sessions: sessions.count, tokens: tokens.count };
}

/** Workspace sessions still usable now: not revoked, inside both the absolute and the idle limit. */
export function activeSessionCount(db: Db, userId: string, now = new Date()): Promise<number> {
  return db.staffSession.count({
    where: {
      userId,
      revokedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - IDLE_LIMIT_MS) },
    },
  });
}
