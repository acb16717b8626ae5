import { CREATABLE_ROLE_LABELS, createUser, inviteUser, revokeUserAccess } from "../../api/auth/users.ts";
import { signedIn } from "../../api/context.ts";
import { builder, labelledValues, selection, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { InvitationRef, RevocationRef } from "./types.ts";

const CreatableRole = builder.enumType("CreatableRole", {
  description: "Roles an admin creates; committee members' accounts come with their posting on the committee",
  values: labelledValues(CREATABLE_ROLE_LABELS),
});

const CreateUserInput = builder.inputType("CreateUserInput", {
  description: "A new staff account",
  fields: (t) => ({
    name: t.string({ required: true, description: "Full name" }),
    role: t.field({ type: CreatableRole, required: true, description: "What the account may do" }),
    countyCode: t.string({ description: "County editors: their county" }),
    communityCodes: t.stringList({ description: "Community editors: their communities" }),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: "User",
    description: "Create a staff account (then invite it to set a password); platform admins only",
    errors: writeResult("CreateUser", "user"),
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateUserInput, required: true, description: "The account" }) },
    resolve: async (query, _root, { input }, ctx) =>
      ctx.db.user.findUniqueOrThrow({
        ...selection(query),
        where: { id: (await createUser(ctx.db, signedIn(ctx), sentFields(input))).id },
      }),
  }),
  inviteUser: t.field({
    type: InvitationRef,
    description: "A one-time link (7 days) for the account to choose a user name and password; platform admins only",
    errors: writeResult("InviteUser", "invitation"),
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true, description: "The account" }) },
    resolve: (_root, args, ctx) => inviteUser(ctx.db, signedIn(ctx), args),
  }),
  revokeUserAccess: t.field({
    type: RevocationRef,
    description: "End every workspace session and revoke every API token of an account; platform admins only",
    errors: writeResult("RevokeUserAccess", "revocation"),
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true, description: "The account" }) },
    resolve: (_root, args, ctx) => revokeUserAccess(ctx.db, signedIn(ctx), args),
  }),
}));
