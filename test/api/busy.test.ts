import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sqlitePath } from "../../api/db/url.ts";
import { CREATE, draftInput } from "../support/operations.ts";
import { type GqlResponse, startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let editor: string;

beforeAll(async () => {
  // A budget longer than the database's waits, so that the write's own answer comes back.
  s = await startTestServer({ http: { requestBudgetMs: 120_000 } });
  editor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
});
afterAll(() => s.close());

// SQLite's single writer: another process (a CLI import, a backup) holding the write lock longer
// than the server waits for it. PostgreSQL has row locks and no such wait.
describe.skipIf(inject("demoDatabase").startsWith("postgresql://"))("a write that cannot get the database in time", () => {
  it("answers BUSY with a Chinese message, saves nothing, and succeeds when tried again", { timeout: 90_000 }, async () => {
    const title = "繁忙测试：楼道灯维修公示";
    const other = new Database(sqlitePath(s.databaseUrl));
    other.exec("BEGIN IMMEDIATE");
    let refused: GqlResponse;
    try {
      refused = await s.gql(CREATE, { input: { ...draftInput(), title } }, editor);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(refused.errors).toEqual([
      {
        message: "服务器繁忙，没有保存任何内容，请稍后再试",
        path: ["createDisclosure"],
        locations: expect.any(Array),
        extensions: { code: "BUSY" },
      },
    ]);
    expect(JSON.stringify(refused)).not.toMatch(/\/work|\.ts:|node_modules|Invalid/);
    expect(await s.db.disclosure.count({ where: { title } })).toBe(0);

    const again = await s.gql(CREATE, { input: { ...draftInput(), title } }, editor);
    expect(again.data?.createDisclosure.__typename).toBe("CreateDisclosureSuccess");
    expect(await s.db.disclosure.count({ where: { title } })).toBe(1);
  });
});
