// `npm run verify -- [--county RJ] [--community RJ-FUMIN] [--against <saved portal copy | log.jsonl>]`:
// check every published disclosure against its hash, every finance chain against its rows and its
// notices, each county's signed checkpoint log, and everything the latest checkpoint (and the saved
// one) covered against the database. Exits 1 naming the community and record of each first problem.
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { prepareDatabase } from "../db/prepare.ts";
import { type CommunityCheck, type CountyCheck, type Finding, verifyPublished } from "./verify.ts";

const { values } = parseArgs({
  options: { county: { type: "string" }, community: { type: "string" }, against: { type: "string" } },
});
const { databaseUrl, checkpointKeyDir } = loadConfig();
const db = await prepareDatabase(databaseUrl, { demo: false });

const named = (f: Finding) => `${f.community ?? `县 ${f.county}`} ${f.record}`;

function county(c: CountyCheck) {
  const saved = c.saved ? `；对照留存副本 ${c.saved.source}（${c.saved.checkpoints} 个校验点）` : "";
  console.log(`县 ${c.code}（${c.name}）校验点日志：${c.checkpoints} 个校验点；公钥：${c.keySource}${saved}`);
  for (const f of c.findings) console.log(`✗ 县 ${c.code}  ${f.record}：${f.problem}`);
}

function community(c: CommunityCheck) {
  if (c.finding) {
    console.log(`✗ ${c.code}  ${c.finding.record}：${c.finding.problem}`);
    return;
  }
  const signed = c.checkpoint ? `，与校验点 #${c.checkpoint} 一致` : "";
  const unsigned = c.checkpoint && c.unsigned ? `（另有 ${c.unsigned} 条在其后发布，尚未签入校验点）` : "";
  console.log(`✓ ${c.code}  公开事项 ${c.disclosures} 条、财务 ${c.months} 个月${signed}${unsigned}`);
}

try {
  const scope = values.community ? `社区 ${values.community}` : values.county ? `县 ${values.county}` : "全部县";
  console.log(`公开内容核验：${scope}${values.against ? `，对照留存副本 ${values.against}` : ""}`);
  const started = performance.now();
  const report = await verifyPublished(db, {
    keyDir: checkpointKeyDir,
    county: values.county,
    community: values.community,
    against: values.against,
    onCounty: county,
    onCommunity: community,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.counties === 0) {
    const what = values.community ? `社区 ${values.community}` : values.county ? `县 ${values.county}` : "任何县";
    console.error(`数据库中没有${what}`);
    process.exitCode = 1;
  } else if (report.findings.length > 0) {
    console.error(`核验失败（${report.findings.length} 处）：${report.findings.map(named).join("；")}（${seconds} 秒）`);
    process.exitCode = 1;
  } else {
    console.log(
      `核验通过：${report.counties} 个县、${report.communities} 个社区、${report.disclosures} 条公开事项、${report.months} 个月份（${seconds} 秒）`,
    );
  }
} catch (error) {
  // A saved copy that cannot be read is the caller's mistake, not a finding.
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
}
