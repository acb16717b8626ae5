import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { printSdl } from "../schema/index.ts";

describe("committed schema artefacts", () => {
  it("schema/schema.graphql matches the code-first schema (run `npm run schema:print` after changing it)", () => {
    expect(readFileSync("schema/schema.graphql", "utf8")).toBe(printSdl());
  });

  it("the portal's gql.tada introspection matches schema/schema.graphql", () => {
    const out = join(mkdtempSync(join(tmpdir(), "sunboard-tada-")), "graphql-env.d.ts");
    execFileSync("npx", ["gql.tada", "generate-output", "--output", out], { stdio: "pipe" });
    expect(readFileSync(out, "utf8")).toBe(readFileSync("portal/src/graphql-env.d.ts", "utf8"));
  });
});
