// `npm run finance:verify -- [--community RJ-FUMIN]`: recompute every published month's hash from
// the database and walk each community's hash chain. Exits 1 and names the community and month
// of the first broken link when anything was changed behind the API's back.
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { prepareDatabase } from "../db/prepare.ts";
import { verifyFinanceChains } from "./publication.ts";

const { values } = parseArgs({ options: { community: { type: "string" } } });
const db = await prepareDatabase(loadConfig().databaseUrl, { demo: false });

try {
  console.log(`财务公开哈希链核验：${values.community ?? "全部社区"}`);
  const started = performance.now();
  const report = await verifyFinanceChains(db, {
    community: values.community,
    onCommunity: (code, months, broken) =>
      console.log(
        broken
          ? `✗ ${code}  ${broken.month}：${broken.problem}（共 ${months} 个已公开月份，自此月起的链接不可信）`
          : `✓ ${code}  ${months} 个已公开月份，哈希链完整`,
      ),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.communities === 0) {
    console.log(values.community ? `社区 ${values.community} 没有已公开的财务月份` : "没有已公开的财务月份");
  }
  if (report.breaks.length > 0) {
    console.error(
      `核验失败：${report.breaks.length} 个社区的哈希链断裂 — ${report.breaks.map((b) => `${b.community} ${b.month}`).join("；")}（${seconds} 秒）`,
    );
    process.exitCode = 1;
  } else {
    console.log(`核验通过：${report.communities} 个社区、${report.periods} 个月份（${seconds} 秒）`);
  }
} finally {
  await db.$disconnect();
}
