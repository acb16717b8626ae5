import type { Page } from "playwright-core";
import type { Role } from "../../api/db/generated/client.ts";
import { setCredentials } from "../../api/workspace/accounts.ts";
import type { TestServer } from "./server.ts";

export const PASSWORD = "correct horse battery";

let accounts = 0;

/**
 * A staff account with a workspace password, set through the same function `npm run token --
 * set-password` uses. Committee members are found on the committee's roster, like their tokens.
 */
export async function staffAccount(
  api: TestServer,
  role: Role,
  scope: { communities?: string[]; county?: string } = {},
): Promise<{ userId: string; username: string }> {
  const county = scope.county ? await api.db.county.findUniqueOrThrow({ where: { code: scope.county } }) : null;
  const communities = await api.db.community.findMany({ where: { code: { in: scope.communities ?? [] } } });
  const user = await api.db.user.create({
    data: {
      name: `工作台用户${++accounts}`,
      role,
      countyId: county?.id ?? null,
      communities: { create: communities.map((c) => ({ communityId: c.id })) },
    },
  });
  return login(api, user.id);
}

/** Gives an existing account (e.g. a committee member's) a user name and the test password. */
export async function login(api: TestServer, userId: string): Promise<{ userId: string; username: string }> {
  const username = `staff${++accounts}_${userId.slice(-6)}`;
  const issues = await setCredentials(api.db, userId, { username, password: PASSWORD });
  if (issues.length) throw new Error(JSON.stringify(issues));
  return { userId, username };
}

/** A supervision committee member of the community, from its roster, with a workspace password. */
export async function committeeAccount(api: TestServer, community: string): Promise<{ userId: string; username: string }> {
  const where = {
    organization: { kind: "SUPERVISION_COMMITTEE" as const, community: { code: community } },
    userId: { not: null },
  };
  const posting = await api.db.memberPosting.findFirstOrThrow({ where });
  return login(api, posting.userId ?? "");
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, base: string, username: string, password = PASSWORD): Promise<void> {
  await page.goto(`${base}/staff/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForLoadState();
}
