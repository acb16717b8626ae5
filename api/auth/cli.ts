// Staff accounts and API tokens:
//   npm run token -- create --name 王芳 --role community-editor --community RJ-FUMIN [--community …]
//   npm run token -- create --name 李明 --role county-editor --county RJ
//   npm run token -- create --name 管理员 --role admin
//   npm run token -- create --name 吴秀英 --role supervisor --community RJ-FUMIN   (a member of its committee)
//   npm run token -- list
//   npm run token -- revoke <token prefix>
//   npm run token -- users                                   (ids, names and workspace user names)
//   npm run token -- set-password <user id> --username wangfang   (the password is read from stdin)
//   npm run token -- invite <user id>        (prints a one-time link to choose a user name and password)
// The token is printed once; only its SHA-256 is stored.
import { parseArgs } from "node:util";
import { z } from "zod";
import { currentPostingWhere } from "../communities/postings.ts";
import { loadConfig } from "../config.ts";
import { prepareDatabase } from "../db/prepare.ts";
import { createInvite, setCredentials } from "../workspace/accounts.ts";
import { readSecret } from "../workspace/secret-input.ts";
import { issueToken } from "./tokens.ts";

const ROLES = {
  admin: "ADMIN",
  "county-editor": "COUNTY_EDITOR",
  "community-editor": "COMMUNITY_EDITOR",
  supervisor: "SUPERVISOR",
} as const;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    role: { type: "string" },
    county: { type: "string" },
    community: { type: "string", multiple: true },
    label: { type: "string" },
    username: { type: "string" },
  },
});

const fail = (message: string): never => {
  console.error(`error: ${message}`);
  process.exit(2);
};

const config = loadConfig();
const db = await prepareDatabase(config.databaseUrl, { demo: false });
const [command, arg] = positionals;

if (command === "create") {
  const input = z
    .object({
      name: z.string().trim().min(1, "--name is required"),
      role: z.enum(Object.keys(ROLES) as [keyof typeof ROLES], {
        message: `--role must be one of ${Object.keys(ROLES).join(", ")}`,
      }),
      county: z.string().optional(),
      community: z.array(z.string()).default([]),
      label: z.string().optional(),
    })
    .safeParse(values);
  if (!input.success) fail(input.error.issues.map((i) => i.message).join("; "));
  const { name, role, county, community, label } = input.data ?? fail("invalid arguments");
  const dbRole = ROLES[role];
  if (dbRole === "COUNTY_EDITOR" && !county) fail("a county editor needs --county <code>");
  if ((dbRole === "COMMUNITY_EDITOR" || dbRole === "SUPERVISOR") && community.length === 0) {
    fail("a community editor or supervisor needs --community <code>");
  }
  if (dbRole === "SUPERVISOR" && community.length > 1) fail("a supervision-committee member belongs to one community");
  const countyRow = county ? ((await db.county.findUnique({ where: { code: county } })) ?? fail(`no county ${county}`)) : null;
  const communities = await db.community.findMany({ where: { code: { in: community } } });
  const missing = community.filter((c) => !communities.some((row) => row.code === c));
  if (missing.length) fail(`no community ${missing.join(", ")}`);
  // A committee member's token is theirs alone: it is tied to their posting on the committee, and
  // a second token for the same member goes to the same account.
  const posting =
    dbRole === "SUPERVISOR"
      ? ((await db.memberPosting.findFirst({
          where: {
            name,
            organization: { kind: "SUPERVISION_COMMITTEE", communityId: communities[0]?.id },
            ...currentPostingWhere(),
          },
        })) ?? fail(`${name} is not a member of the supervision committee of ${community[0]}`))
      : null;
  const user =
    (posting?.userId ? await db.user.findUnique({ where: { id: posting.userId } }) : null) ??
    (await db.user.create({
      data: {
        name,
        role: dbRole,
        countyId: countyRow?.id ?? null,
        communities: { create: communities.map((c) => ({ communityId: c.id })) },
      },
    }));
  if (posting && !posting.userId) await db.memberPosting.update({ where: { id: posting.id }, data: { userId: user.id } });
  const token = await issueToken(db, user.id, label ?? `${name} (${role})`);
  console.log(token);
  console.error(`created ${role} ${name}; keep this token secret, it is not shown again`);
} else if (command === "list") {
  const tokens = await db.apiToken.findMany({ include: { user: true }, orderBy: { createdAt: "asc" } });
  for (const t of tokens) {
    console.log([t.prefix, t.user.role, t.user.name, t.label, t.revokedAt ? "revoked" : "active"].join("\t"));
  }
} else if (command === "revoke" && arg) {
  const { count } = await db.apiToken.updateMany({ where: { prefix: arg, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) fail(`no active token starts with ${arg}`);
  console.log(`revoked ${count} token(s)`);
} else if (command === "users") {
  const [users, logins] = await Promise.all([db.user.findMany({ orderBy: { createdAt: "asc" } }), db.userLogin.findMany()]);
  for (const u of users) {
    const login = logins.find((l) => l.userId === u.id);
    console.log([u.id, u.role, u.name, login?.username ?? "-", u.disabledAt ? "disabled" : "active"].join("\t"));
  }
} else if (command === "set-password" && arg) {
  const user = (await db.user.findUnique({ where: { id: arg } })) ?? fail(`no user ${arg}`);
  const current = await db.userLogin.findUnique({ where: { userId: user.id } });
  const username = values.username ?? current?.username ?? fail("--username is required the first time");
  // Never from argv: the shell history and the process list would keep it.
  const password = await readSecret(`password for ${user.name}: `);
  const issues = await setCredentials(db, user.id, { username, password });
  if (issues.length) fail(issues.map((i) => `${i.field}: ${i.message}`).join("; "));
  console.error(`password set for ${user.name} (${username}); their open workspace sessions were ended`);
} else if (command === "invite" && arg) {
  const user = (await db.user.findUnique({ where: { id: arg } })) ?? fail(`no user ${arg}`);
  const token = await createInvite(db, user.id);
  console.log(new URL(`/staff/invite/${token}`, config.publicUrl).href);
  console.error(`one-time link for ${user.name}; it works once, within 7 days`);
} else {
  fail(
    "usage: token create --name N --role admin|county-editor|community-editor|supervisor [--county C] [--community C …] | token list | token revoke <prefix> | token users | token set-password <user id> [--username U] | token invite <user id>",
  );
}
await db.$disconnect();
