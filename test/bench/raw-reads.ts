// The yardstick for `npm run bench:reads`: a plain node:http server answering the portal's two
// page queries (CommunityPage, FinanceMonthPage) straight from the SQLite file with prepared
// better-sqlite3 statements, returning the JSON the API returns. It reuses the domain's pure helpers
// (labels, money, period labels, the month's canonical form and hash) so that it does the same work
// minus Prisma and GraphQL; the bench checks its answers deep-equal the API's before measuring.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Database from "better-sqlite3";
import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_ORDER,
  PARTY_LEVEL_LABELS,
  PLACEMENT_LABELS,
  SETTLEMENT_KIND_LABELS,
} from "../../api/communities/labels.ts";
import { sqlitePath } from "../../api/db/url.ts";
import { contentHash } from "../../api/disclosures/hash.ts";
import { DISCLOSURE_STATUS_LABELS } from "../../api/disclosures/labels.ts";
import { periodCanonical, type SealablePeriod, storedSeal } from "../../api/finance/canonical.ts";
import { OPINION_LABELS } from "../../api/finance/labels.ts";
import { monthLabel, printedHashes } from "../../api/finance/render.ts";
import { yuan } from "../../api/money.ts";
import { type Period, periodLabel, todayInShanghai } from "../../api/periods.ts";

type Row = Record<string, unknown>;

/** Pothos's cursor for a connection ordered by id: base64 of "GPC:S:<id>". */
const cursorOf = (id: unknown) => Buffer.from(`GPC:S:${String(id)}`).toString("base64");
/** Prisma stores DateTime as ISO text with an offset; GraphQL's DateTime answers in UTC with a Z. */
const iso = (value: unknown) => {
  if (value === null) return null;
  const text = String(value);
  return text.endsWith("+00:00") ? `${text.slice(0, -6)}Z` : new Date(text).toISOString();
};
const dateOf = (value: unknown) => (value === null ? null : new Date(String(value)));

export function rawStatements(databaseUrl: string) {
  const db = new Database(sqlitePath(databaseUrl), { readonly: true, fileMustExist: true });
  const statements = {
    categories: db.prepare("SELECT code, name FROM DisclosureCategory ORDER BY sortOrder"),
    community: db.prepare(
      `SELECT c.*, t.name AS townshipName, k.name AS countyName, k.province AS countyProvince
       FROM Community c JOIN Township t ON t.id = c.townshipId JOIN County k ON k.id = t.countyId WHERE c.code = ?`,
    ),
    organizations: db.prepare("SELECT * FROM Organization WHERE communityId = ?"),
    postings: db.prepare(
      `SELECT p.organizationId, p.name, p.role, p.duties, p.publicPhone FROM MemberPosting p
       JOIN Organization o ON o.id = p.organizationId
       WHERE o.communityId = ? AND p.startedOn <= ? AND (p.endedOn IS NULL OR p.endedOn > ?)
       ORDER BY p.sortOrder, p.name`,
    ),
    disclosures: db.prepare(
      `SELECT d.id, d.categoryCode, d.title, d.status, d.isSample, d.publishedAt, d.correctionReason,
              d.periodKind, d.periodStart, d.periodEnd,
              EXISTS (SELECT 1 FROM Disclosure n WHERE n.correctsId = d.id) AS corrected
       FROM DisclosureTarget t JOIN Disclosure d ON d.id = t.disclosureId
       WHERE t.communityId = ? AND d.status IN ('PUBLISHED', 'WITHDRAWN')
       ORDER BY d.publishedAt DESC, d.id DESC LIMIT ?`,
    ),
    period: db.prepare(
      `SELECT p.*, c.code AS communityCode FROM FinancePeriod p JOIN Community c ON c.id = p.communityId
       WHERE c.code = ? AND p.month = ? AND p.status = 'PUBLISHED'`,
    ),
    entries: db.prepare(
      `SELECT e.*, c.code AS categoryCode, c.name AS categoryName, c.direction, a.code AS assetCode, a.name AS assetName
       FROM LedgerEntry e JOIN LedgerCategory c ON c.id = e.categoryId LEFT JOIN CollectiveAsset a ON a.id = e.assetId
       WHERE e.periodId = ? ORDER BY e.sequence`,
    ),
    adjusted: db.prepare(
      `SELECT e.id, e.sequence, e.voucherNo, p.month FROM LedgerEntry e JOIN FinancePeriod p ON p.id = e.periodId
       WHERE e.id IN (SELECT adjustsId FROM LedgerEntry WHERE periodId = ? AND adjustsId IS NOT NULL)`,
    ),
    // Later published entries adjusting this month's: both each entry's adjustedBy and the month's adjustedLater.
    adjustments: db.prepare(
      `SELECT a.*, p.month, e.sequence AS adjustsSequence, e.voucherNo AS adjustsVoucherNo
       FROM LedgerEntry a JOIN FinancePeriod p ON p.id = a.periodId JOIN LedgerEntry e ON e.id = a.adjustsId
       WHERE e.periodId = ? AND p.status = 'PUBLISHED' ORDER BY a.createdAt`,
    ),
    decisions: db.prepare(
      `SELECT l.entryId, d.id, d.subject FROM DecisionLedgerLink l JOIN Decision d ON d.id = l.decisionId
       JOIN LedgerEntry e ON e.id = l.entryId
       WHERE e.periodId = ? AND EXISTS (SELECT 1 FROM DecisionStage s WHERE s.decisionId = d.id) ORDER BY l.rowid`,
    ),
    projects: db.prepare(
      `SELECT l.entryId, f.id, f.name FROM ProjectEntryLink l JOIN FundedProject f ON f.id = l.projectId
       JOIN LedgerEntry e ON e.id = l.entryId WHERE e.periodId = ?`,
    ),
    categoryTotals: db.prepare(
      `SELECT c.code, c.name, c.direction, SUM(e.amount) AS amount FROM LedgerEntry e JOIN LedgerCategory c ON c.id = e.categoryId
       WHERE e.periodId = ? GROUP BY c.id ORDER BY c.direction DESC, c.sortOrder`,
    ),
    signatures: db.prepare(
      `SELECT s.name, s.role FROM ReviewSignature s LEFT JOIN MemberPosting m ON m.id = s.postingId WHERE s.periodId = ?
       ORDER BY m.sortOrder`,
    ),
    // The order the month was sealed in, which differs from the order the page lists signatures in.
    sealedSignatures: db.prepare(
      `SELECT s.* FROM ReviewSignature s LEFT JOIN MemberPosting m ON m.id = s.postingId WHERE s.periodId = ?
       ORDER BY s.signedAt, m.sortOrder`,
    ),
    queries: db.prepare(
      `SELECT q.*, e.sequence AS entrySequence, e.voucherNo AS entryVoucherNo FROM FinanceQuery q
       LEFT JOIN LedgerEntry e ON e.id = q.entryId WHERE q.periodId = ? ORDER BY q.askedAt`,
    ),
    notice: db.prepare("SELECT body FROM Disclosure WHERE id = ?").pluck(),
  };
  return { db, statements };
}

type Statements = ReturnType<typeof rawStatements>["statements"];

/** The answer to CommunityPage for its first page (`after: null`), as the portal sends it. */
export function communityPage(s: Statements, code: string, first = 100) {
  const categories = s.categories.all() as Row[];
  const c = s.community.get(code) as Row | undefined;
  if (!c) return { categories, community: null };
  const today = todayInShanghai();
  const postings = s.postings.all(c.id, today, today) as Row[];
  const organizations = (s.organizations.all(c.id) as Row[])
    .sort(
      (a, b) =>
        ORGANIZATION_ORDER.indexOf(a.kind as (typeof ORGANIZATION_ORDER)[number]) -
        ORGANIZATION_ORDER.indexOf(b.kind as (typeof ORGANIZATION_ORDER)[number]),
    )
    .map((o) => ({
      kind: o.kind,
      kindLabel: ORGANIZATION_KIND_LABELS[o.kind as keyof typeof ORGANIZATION_KIND_LABELS],
      name: o.name,
      partyLevelLabel: o.partyLevel ? PARTY_LEVEL_LABELS[o.partyLevel as keyof typeof PARTY_LEVEL_LABELS] : null,
      memberCount: o.memberCount,
      electedOn: o.electedOn,
      postings: postings
        .filter((p) => p.organizationId === o.id)
        .map((p) => ({ name: p.name, role: p.role, duties: p.duties, publicPhone: p.publicPhone })),
    }));
  const rows = s.disclosures.all(c.id, first + 1) as Row[];
  const page = rows.slice(0, first);
  return {
    categories,
    community: {
      code: c.code,
      name: c.name,
      isSample: c.isSample === 1,
      households: c.households,
      population: c.population,
      placementLabel: PLACEMENT_LABELS[c.placement as keyof typeof PLACEMENT_LABELS],
      settlementKindLabel: SETTLEMENT_KIND_LABELS[c.settlementKind as keyof typeof SETTLEMENT_KIND_LABELS],
      address: c.address,
      relocationYears: { from: c.relocationYearFrom, to: c.relocationYearTo },
      serviceCentre: { name: c.serviceCentreName, phone: c.serviceCentrePhone },
      township: { name: c.townshipName, county: { name: c.countyName, province: c.countyProvince } },
      organizations,
      disclosures: {
        pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursorOf(page.at(-1)?.id) : null },
        edges: page.map((d) => ({
          node: {
            category: { code: d.categoryCode },
            id: d.id,
            title: d.title,
            status: d.status,
            statusLabel: DISCLOSURE_STATUS_LABELS[d.status as keyof typeof DISCLOSURE_STATUS_LABELS],
            isCurrent: d.status === "PUBLISHED" && d.corrected === 0,
            isSample: d.isSample === 1,
            publishedAt: iso(d.publishedAt),
            correctionReason: d.correctionReason,
            period:
              d.periodKind && d.periodStart && d.periodEnd
                ? { label: periodLabel({ kind: d.periodKind, start: d.periodStart, end: d.periodEnd } as Period) }
                : null,
          },
        })),
      },
    },
  };
}

const adjustment = (a: Row) => ({
  month: a.month,
  sequence: a.sequence,
  date: a.date,
  voucherNo: a.voucherNo,
  amount: yuan(a.amount as number),
  adjustmentReason: a.adjustmentReason,
});

/** Whether the month's rows still hash to its chain hash and the hash is the one its notice printed. */
function hashVerified(s: Statements, p: Row, entries: Row[]): boolean | null {
  const seal = storedSeal({
    publishedAt: dateOf(p.publishedAt),
    publisherName: p.publisherName as string | null,
    previousHash: p.previousHash as string | null,
    canonicalFormat: p.canonicalFormat as string,
  });
  if (!p.chainHash || !seal) return null;
  const withDates = (r: Row, keys: string[]) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, keys.includes(k) ? dateOf(v) : v]));
  const sealable = {
    ...p,
    reviewedAt: dateOf(p.reviewedAt),
    community: { code: p.communityCode },
    signatures: (s.sealedSignatures.all(p.id) as Row[]).map((r) => withDates(r, ["signedAt"])),
    queries: (s.queries.all(p.id) as Row[]).map((r) => withDates(r, ["askedAt", "answeredAt"])),
    entries: entries.map((e) => ({
      ...e,
      category: { id: e.categoryId, code: e.categoryCode, name: e.categoryName, direction: e.direction },
      asset: e.assetId ? { id: e.assetId, code: e.assetCode } : null,
    })),
  } as unknown as SealablePeriod;
  if (contentHash(periodCanonical(sealable, seal)) !== p.chainHash) return false;
  const body = p.disclosureId ? (s.notice.get(p.disclosureId) as string | undefined) : undefined;
  if (body === undefined) return false;
  const printed = printedHashes(body);
  return printed.chainHash === p.chainHash && printed.previousHash === p.previousHash;
}

/** The answer to FinanceMonthPage for its first page of entries (`after: null`). */
export function financeMonthPage(s: Statements, code: string, month: string, first: number) {
  const p = s.period.get(code, month) as Row | undefined;
  if (!p) return { community: s.community.get(code) ? { financePeriod: null } : null };
  const all = s.entries.all(p.id) as Row[];
  const page = all.slice(0, first);
  const adjusted = new Map((s.adjusted.all(p.id) as Row[]).map((a) => [a.id, a]));
  const adjustments = s.adjustments.all(p.id) as Row[];
  const decisions = s.decisions.all(p.id) as Row[];
  const projects = new Map((s.projects.all(p.id) as Row[]).map((x) => [x.entryId, { id: x.id, name: x.name }]));
  const queries = s.queries.all(p.id) as Row[];
  const review =
    p.reviewedAt && p.opinion
      ? {
          opinion: p.opinion,
          opinionLabel: OPINION_LABELS[p.opinion as keyof typeof OPINION_LABELS],
          opinionText: p.opinionText,
          reviewedAt: iso(p.reviewedAt),
        }
      : null;
  return {
    community: {
      financePeriod: {
        id: p.id,
        month: p.month,
        label: monthLabel(p.month as string),
        openingBalance: yuan(p.openingBalance as number),
        incomeTotal: yuan(p.incomeTotal as number),
        expenseTotal: yuan(p.expenseTotal as number),
        closingBalance: yuan(p.closingBalance as number),
        categoryTotals: (s.categoryTotals.all(p.id) as Row[]).map((t) => ({
          code: t.code,
          name: t.name,
          direction: t.direction,
          amount: yuan(t.amount as number),
        })),
        entries: {
          totalCount: all.length,
          pageInfo: { hasNextPage: all.length > first, endCursor: page.length ? cursorOf(page.at(-1)?.id) : null },
          edges: page.map((e) => {
            const adjusts = e.adjustsId ? adjusted.get(e.adjustsId) : undefined;
            return {
              node: {
                id: e.id,
                sequence: e.sequence,
                date: e.date,
                voucherNo: e.voucherNo,
                category: { name: e.categoryName },
                direction: e.direction,
                amount: yuan(e.amount as number),
                counterparty: e.counterparty,
                description: e.description,
                attachmentRef: e.attachmentRef,
                asset: e.assetId ? { name: e.assetName } : null,
                adjusts: adjusts ? { month: adjusts.month, sequence: adjusts.sequence, voucherNo: adjusts.voucherNo } : null,
                adjustmentReason: e.adjustmentReason,
                adjustedBy: adjustments.filter((a) => a.adjustsId === e.id).map(adjustment),
                decisions: decisions.filter((d) => d.entryId === e.id).map((d) => ({ id: d.id, subject: d.subject })),
                project: projects.get(e.id) ?? null,
              },
            };
          }),
        },
        review,
        signatures: s.signatures.all(p.id),
        queries: queries.map((q) => ({
          question: q.question,
          askedAt: iso(q.askedAt),
          askedBy: q.askedByName,
          askedByRole: q.askedByRole,
          answer: q.answer,
          answeredAt: iso(q.answeredAt),
          answeredBy: q.answeredByName,
          entry: q.entryId ? { sequence: q.entrySequence, voucherNo: q.entryVoucherNo } : null,
        })),
        publishedAt: iso(p.publishedAt),
        publisher: p.publisherName,
        disclosure: p.disclosureId ? { id: p.disclosureId } : null,
        chainHash: p.chainHash,
        previousHash: p.previousHash,
        hashVerified: hashVerified(s, p, all),
        adjustedLater: adjustments.map((a) => ({
          ...adjustment(a),
          adjusts: { sequence: a.adjustsSequence, voucherNo: a.adjustsVoucherNo },
        })),
      },
    },
  };
}

/**
 * Answers POST /graphql for the two operations by name, with `{ data }` as Apollo would. Anything
 * else is a 400: the bench sends nothing else.
 */
export async function startRawServer(databaseUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { db, statements } = rawStatements(databaseUrl);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const { query, variables: v } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        query: string;
        variables: { code: string; month: string; first: number; after: string | null };
      };
      let data: unknown;
      if (v.after) data = undefined;
      else if (query.includes("query CommunityPage(")) data = communityPage(statements, v.code);
      else if (query.includes("query FinanceMonthPage(")) data = financeMonthPage(statements, v.code, v.month, v.first);
      const body = JSON.stringify(data === undefined ? { errors: [{ message: "unsupported" }] } : { data });
      res.writeHead(data === undefined ? 400 : 200, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          done();
        });
      }),
  };
}
