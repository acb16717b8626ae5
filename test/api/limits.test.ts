import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

// Every query the portal runs is sent through these limits by the remote-API build in
// test/portal/freshness.test.ts.
describe("query limits", () => {
  it("refuse a query nested too deeply, with a Chinese message and a stable code", async () => {
    const nested = `{ counties { townships { county { townships { county { townships { county { townships { county { townships { code } } } } } } } } } } }`;
    const res = await s.gql(nested);
    expect(res.data?.counties ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/嵌套层数.*QUERY_TOO_DEPTH/);
  });

  it("refuse a query whose lists multiply out too far", async () => {
    const wide = `{ a: counties { townships { communities { organizations { postings { name } } } } }
      b: counties { townships { communities { organizations { postings { name } } } } } }`;
    const res = await s.gql(wide);
    expect(res.errors?.[0]?.message).toMatch(/QUERY_TOO_COMPLEXITY/);
  });
});
