import { activeSessionCount } from "../../api/auth/users.ts";
import { builder } from "../builder.ts";

// What an admin needs to manage an account; `me` shows the same to its owner.
builder.prismaObjectFields("User", (t) => ({
  id: t.exposeID("id", { description: "Stable id; admin mutations name the account by it" }),
  username: t.string({
    nullable: true,
    description: "The workspace sign-in name; null until a password is set",
    resolve: async (u, _a, ctx) => (await ctx.db.userLogin.findUnique({ where: { userId: u.id } }))?.username ?? null,
  }),
  hasPassword: t.boolean({
    description: "Whether the account can sign in to the workspace",
    resolve: async (u, _a, ctx) => (await ctx.db.userLogin.count({ where: { userId: u.id } })) > 0,
  }),
  activeSessions: t.int({
    description: "Workspace sessions usable now (not signed out, revoked, idle or past their limit)",
    resolve: (u, _a, ctx) => activeSessionCount(ctx.db, u.id),
  }),
  activeTokens: t.int({
    description: "API tokens not revoked",
    resolve: (u, _a, ctx) => ctx.db.apiToken.count({ where: { userId: u.id, revokedAt: null } }),
  }),
  disabled: t.boolean({
    description: "A disabled account can neither sign in nor use its tokens",
    resolve: (u) => !!u.disabledAt,
  }),
}));

export const InvitationRef = builder.objectRef<{ path: string; expiresAt: Date }>("Invitation").implement({
  description: "A one-time link to choose a user name and password; its secret is shown in this answer only",
  fields: (t) => ({
    path: t.exposeString("path", { description: "The link's path on this server (/staff/invite/…)" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When the link stops working, if unused" }),
  }),
});

export const RevocationRef = builder.objectRef<{ sessions: number; tokens: number }>("AccessRevocation").implement({
  description: "What revoking an account's access ended",
  fields: (t) => ({
    sessions: t.exposeInt("sessions", { description: "Workspace sessions ended" }),
    tokens: t.exposeInt("tokens", { description: "API tokens revoked" }),
  }),
});
