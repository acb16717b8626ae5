import type { KeyObject } from "node:crypto";
import { dirname } from "node:path";
import type { Db } from "../db/client.ts";
import { contentHash } from "../disclosures/hash.ts";
import { publishedCanonical } from "../disclosures/service.ts";
import { verifyFinanceChains } from "../finance/publication.ts";
import { keyIdOf, keyPath, parsePublicKey, publicKeyOf, readPrivateKey } from "./keys.ts";
import { checkLog, type LeafRecord, type SignedCheckpoint, signedLeaves } from "./log.ts";
import { readSavedCopy, type SavedLog } from "./saved.ts";
import { countyState, loadStoredLog, type Rewrite, rewritesSince, type StoredLog } from "./service.ts";

/** One problem, named so a person can find it: the community (null for the county's log itself) and the record. */
export interface Finding {
  county: string;
  community: string | null;
  record: string;
  problem: string;
}

export interface CountyCheck {
  code: string;
  name: string;
  checkpoints: number;
  /** Which public key the log was checked with, in words. */
  keySource: string;
  saved: { source: string; checkpoints: number } | null;
  findings: Finding[];
}

export interface CommunityCheck {
  code: string;
  disclosures: number;
  months: number;
  /** The latest signed checkpoint the community was checked against, if any. */
  checkpoint: number | null;
  /** Disclosures published after that checkpoint (signed at the next publication or `checkpoint append`). */
  unsigned: number;
  finding: Finding | null;
}

export interface VerifyReport {
  counties: number;
  communities: number;
  disclosures: number;
  months: number;
  findings: Finding[];
}

export interface VerifyOptions {
  keyDir: string;
  county?: string;
  community?: string;
  /** A saved copy of the portal, of its checkpoints/ folder, of a county's folder, or a saved log.jsonl. */
  against?: string;
  onCounty?: (check: CountyCheck) => void;
  onCommunity?: (check: CommunityCheck) => void;
}

const PUBLIC = { in: ["PUBLISHED", "WITHDRAWN"] as ("PUBLISHED" | "WITHDRAWN")[] };

/**
 * Checks everything published, county by county and community by community: every disclosure's
 * content against its hash, every finance chain (with the hashes its notices printed), the
 * county's checkpoint log (signatures, chain, leaves) against the county's public key, and every
 * hash the latest signed checkpoint covers against the database. With `against`, also that the
 * log extends the saved one line for line and that nothing the saved checkpoint covered has
 * changed since: a rewrite that recomputes every hash in the database still fails here, because
 * the saved checkpoint is signed with a key the database does not hold.
 */
export async function verifyPublished(db: Db, options: VerifyOptions): Promise<VerifyReport> {
  const saved = options.against ? readSavedCopy(options.against) : [];
  const counties = await db.county.findMany({
    where: {
      ...(options.county ? { code: options.county } : {}),
      ...(options.community ? { townships: { some: { communities: { some: { code: options.community } } } } } : {}),
    },
    select: { id: true, code: true, name: true, townships: { select: { communities: { select: { id: true, code: true } } } } },
    orderBy: { code: "asc" },
  });
  const report: VerifyReport = { counties: 0, communities: 0, disclosures: 0, months: 0, findings: [] };
  // A county-wide posting is one disclosure, however many communities show it.
  const disclosures = new Set<string>();
  for (const county of counties) {
    report.counties++;
    const communities = county.townships
      .flatMap((t) => t.communities)
      .filter((c) => !options.community || c.code === options.community)
      .sort((a, b) => a.code.localeCompare(b.code));
    const copy = saved.find((s) => s.county === county.code) ?? null;
    const log = await loadStoredLog(db, county);
    const logCheck = checkCountyLog(county.code, log, copy, options.keyDir);
    const state = await countyState(db, county.id);
    if (logCheck.latest === null && state.leaves.length > 0 && logCheck.findings.length === 0) {
      logCheck.findings.push({
        county: county.code,
        community: null,
        record: "校验点日志",
        problem: "有已公开的内容，却没有任何签名的校验点（日志被删除，或尚未运行 npm run checkpoint -- append）",
      });
    }
    const rewrites = [
      ...(logCheck.latest && logCheck.covered ? rewritesSince(logCheck.latest.statement, logCheck.covered, state) : []),
      ...(logCheck.savedLatest && logCheck.savedCovered
        ? rewritesSince(
            logCheck.savedLatest.statement,
            logCheck.savedCovered,
            state,
            `留存副本的校验点 #${logCheck.savedLatest.statement.sequence}`,
          )
        : []),
    ];
    const ours = new Set(county.townships.flatMap((t) => t.communities.map((c) => c.code)));
    if (!options.community) {
      // A record nobody in the county claims any more (its communities were rewritten too) is still named.
      for (const r of rewrites.filter((r) => !r.communities.some((c) => ours.has(c)))) {
        logCheck.findings.push({ county: county.code, community: null, record: r.record, problem: r.problem });
      }
    }
    report.findings.push(...logCheck.findings);
    options.onCounty?.({
      code: county.code,
      name: county.name,
      checkpoints: log.lines.length,
      keySource: logCheck.keySource,
      saved: copy ? { source: copy.source, checkpoints: copy.lines.length } : null,
      findings: logCheck.findings,
    });

    const recomputed = await recomputeDisclosures(db, county.id);
    for (const community of communities) {
      const check = await checkCommunity(db, county.code, community.code, recomputed, rewrites, logCheck);
      report.communities++;
      for (const d of recomputed) if (d.communities.includes(community.code)) disclosures.add(d.id);
      report.months += check.months;
      if (check.finding) report.findings.push(check.finding);
      options.onCommunity?.(check);
    }
  }
  report.disclosures = disclosures.size;
  const unknown = saved.filter((s) => !counties.some((c) => c.code === s.county) && !options.county && !options.community);
  for (const s of unknown) {
    report.findings.push({
      county: s.county,
      community: null,
      record: "校验点日志",
      problem: `留存副本 ${s.source} 所属的县不在数据库中`,
    });
  }
  return report;
}

interface LogCheck {
  keySource: string;
  findings: Finding[];
  latest: SignedCheckpoint | null;
  covered: Map<string, LeafRecord> | null;
  savedLatest: SignedCheckpoint | null;
  savedCovered: Map<string, LeafRecord> | null;
}

/**
 * The public key to trust, strongest first: the one saved with the copy being checked against,
 * the county's own key file, and only then the one the database publishes (which whoever rewrote
 * the database could have replaced along with the log).
 */
function trustedKeys(county: string, log: StoredLog, copy: SavedLog | null, keyDir: string) {
  const file = readPrivateKey(keyDir, county);
  const candidates: { key: KeyObject; source: string }[] = [
    ...(copy?.publicKey ? [{ key: copy.publicKey, source: `留存副本的公钥 ${dirname(copy.source)}/public-key.pem` }] : []),
    ...(file ? [{ key: publicKeyOf(file), source: `县里保管的密钥 ${keyPath(keyDir, county)}` }] : []),
    ...(log.key ? [{ key: parsePublicKey(log.key.publicKey), source: "数据库中公布的公钥" }] : []),
  ];
  return candidates;
}

function checkCountyLog(county: string, log: StoredLog, copy: SavedLog | null, keyDir: string): LogCheck {
  const findings: Finding[] = [];
  const fail = (record: string, problem: string) => findings.push({ county, community: null, record, problem });
  const keys = trustedKeys(county, log, copy, keyDir);
  const trusted = keys[0] ?? null;
  for (const other of keys.slice(1)) {
    if (trusted && keyIdOf(other.key) !== keyIdOf(trusted.key)) fail("公钥", `${other.source}与${trusted.source}不是同一把`);
  }
  const result: LogCheck = {
    keySource: !trusted
      ? "无"
      : keys.length === 1 && log.key
        ? `${trusted.source}（没有县里保管的密钥或留存副本可对照）`
        : trusted.source,
    findings,
    latest: null,
    covered: null,
    savedLatest: null,
    savedCovered: null,
  };
  if (log.lines.length > 0 && !trusted) fail("校验点日志", "没有可用来核验签名的公钥");
  if (log.lines.length > 0 && trusted) {
    const checked = checkLog(log.lines, trusted.key, county);
    if (checked.problem) fail(`校验点 #${checked.problem.sequence}`, checked.problem.message);
    // Checkpoints before a bad line are still good: whatever they signed is still checked.
    result.latest = checked.checkpoints.at(-1) ?? null;
    if (result.latest) {
      const signed = signedLeaves(log.added, result.latest.statement);
      if (signed.problem !== null) fail(`校验点 #${result.latest.statement.sequence}`, `数据库中保存的${signed.problem}`);
      // Without its leaves a checkpoint still names the finance heads it signed.
      result.covered = signed.leaves ?? new Map();
    }
  }
  if (!copy) return result;

  const savedKey = copy.publicKey ?? trusted?.key;
  if (!savedKey) {
    fail("留存副本", "没有可用来核验留存副本签名的公钥");
    return result;
  }
  const saved = checkLog(copy.lines, savedKey, county);
  if (saved.problem) fail(`留存副本的校验点 #${saved.problem.sequence}`, saved.problem.message);
  const differs = copy.lines.findIndex((line, i) => log.lines[i] !== line);
  if (differs >= 0) {
    fail(
      `校验点 #${differs + 1}`,
      log.lines[differs] === undefined
        ? "数据库中的日志比留存副本短（校验点被删除）"
        : "与留存副本中的同一行不符（日志被改写，不再是留存副本的延续）",
    );
  }
  result.savedLatest = saved.checkpoints.at(-1) ?? null;
  if (result.savedLatest) {
    const statement = result.savedLatest.statement;
    // The copy's own leaves files name the records best; a bare log.jsonl borrows the database's, which must still add up to the saved root.
    const signed = signedLeaves(copy.added ?? log.added, statement);
    if (signed.problem !== null)
      fail(`留存副本的校验点 #${statement.sequence}`, `${copy.added ? "留存副本的" : "数据库中保存的"}${signed.problem}`);
    result.savedCovered = signed.leaves ?? new Map();
  }
  return result;
}

interface Recomputed {
  id: string;
  title: string;
  communities: string[];
  ok: boolean;
}

/** Every public disclosure of the county, recomputed from its stored content. */
async function recomputeDisclosures(db: Db, countyId: string): Promise<Recomputed[]> {
  const rows = await db.disclosure.findMany({
    where: { status: PUBLIC, targets: { some: { community: { township: { countyId } } } } },
    include: { targets: { select: { community: { select: { code: true } } } } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((d) => {
    const communities = d.targets.map((t) => t.community.code);
    const canonical = publishedCanonical(d, communities);
    return { id: d.id, title: d.title, communities, ok: canonical !== null && contentHash(canonical) === d.contentHash };
  });
}

async function checkCommunity(
  db: Db,
  county: string,
  code: string,
  recomputed: Recomputed[],
  rewrites: Rewrite[],
  log: LogCheck,
): Promise<CommunityCheck> {
  const mine = recomputed.filter((d) => d.communities.includes(code));
  const chain = await verifyFinanceChains(db, { community: code });
  const found = (record: string, problem: string): Finding => ({ county, community: code, record, problem });
  const changed = mine.find((d) => !d.ok);
  const broken = chain.breaks[0];
  const rewritten = rewrites.find((r) => r.communities.includes(code));
  const finding = changed
    ? found(`公开事项 ${changed.id}「${changed.title}」`, "内容与校验值不符（发布后被改动）")
    : broken
      ? found(`财务 ${broken.month}`, broken.problem)
      : rewritten
        ? found(rewritten.record, rewritten.problem)
        : null;
  return {
    code,
    disclosures: mine.length,
    months: chain.periods,
    checkpoint: log.latest?.statement.sequence ?? null,
    unsigned: log.covered ? mine.filter((d) => !log.covered?.has(d.id)).length : mine.length,
    finding,
  };
}
