import {
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../schema/index.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

/**
 * A guard for every mutation there is, now and later: each one, called without a token, answers
 * with the typed UNAUTHENTICATED error, writes nothing and is audit-logged as refused.
 */

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

/** A well-typed value for any input type, so the request reaches authorization rather than validation. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) {
    if (type.name === "Int") return 1;
    if (type.name === "Boolean") return false;
    if (type.name === "DateTime") return "2026-01-01T00:00:00Z";
    return "x";
  }
  throw new Error(`no sample for ${String(type)}`);
}

/**
 * Mutations open to anyone by design, with the refusal the sample input gets instead: a resident's
 * question needs no token (issue 13 §2), so the placeholder input is refused by validation — still a
 * typed refusal that writes nothing and is audit-logged as refused.
 */
const OPEN_TO_ANYONE: Record<string, { __typename: string; code: string }> = {
  askQuestion: { __typename: "ValidationError", code: "VALIDATION_FAILED" },
};

describe("every mutation", () => {
  it("refuses a caller without a token, with a typed error, and writes nothing but the audit entry", async () => {
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(30);
    const tables = async () => ({
      disclosures: await s.db.disclosure.count(),
      entries: await s.db.ledgerEntry.count(),
      periods: await s.db.financePeriod.count(),
      fees: await s.db.feeCollection.count(),
      postings: await s.db.jobPosting.count(),
      assets: await s.db.collectiveAsset.count(),
      categories: await s.db.ledgerCategory.count(),
      questions: await s.db.question.count(),
    });
    const before = await tables();
    for (const field of mutations) {
      const definitions = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
      const variables = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)]));
      const returns = getNamedType(field.type).name;
      const query = `mutation${definitions ? `(${definitions})` : ""} { ${field.name}${args ? `(${args})` : ""} {
        ... on Error { __typename code message } } }`;
      const res = await s.gql(query, variables);
      expect(res.errors, `${field.name} → ${returns}`).toBeUndefined();
      expect(res.data?.[field.name], field.name).toMatchObject(
        OPEN_TO_ANYONE[field.name] ?? { __typename: "UnauthenticatedError", code: "UNAUTHENTICATED" },
      );
    }
    expect(await tables()).toEqual(before);
    const refused = await s.db.auditEntry.findMany({ where: { outcome: { not: "OK" } }, select: { action: true } });
    expect(new Set(refused.map((a) => a.action))).toEqual(new Set(mutations.map((m) => m.name)));
  });
});
