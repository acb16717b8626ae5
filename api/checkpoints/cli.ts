// Checkpoints (校验点) of the tamper-evident log:
//   npm run checkpoint -- keygen --county RJ    make the county's Ed25519 signing key (CHECKPOINT_KEY_DIR/RJ.pem, mode 0600)
//   npm run checkpoint -- append [--county RJ]  sign a checkpoint for every county whose published content changed
// The running server appends before every portal rebuild; `append` is for cron and after loading data.
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { prepareDatabase } from "../db/prepare.ts";
import { generateCountyKey, KeyExistsError, keyIdOf, publicKeyOf, readPrivateKey } from "./keys.ts";
import { appendCheckpoints, appendFailed, describeOutcome } from "./service.ts";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { county: { type: "string", multiple: true } } });
const [command] = positionals;
class Usage extends Error {}
const { databaseUrl, checkpointKeyDir } = loadConfig();

if (command !== "keygen" && command !== "append") {
  console.error("usage: checkpoint keygen --county <code> | checkpoint append [--county <code> …]");
  process.exit(2);
}

const db = await prepareDatabase(databaseUrl, { demo: false });
try {
  if (command === "keygen") {
    const [code, ...more] = values.county ?? [];
    if (!code || more.length) throw new Usage("keygen needs exactly one --county");
    const county = await db.county.findUnique({ where: { code }, include: { checkpointKey: true } });
    if (!county) throw new Usage(`no county ${code}`);
    if (county.checkpointKey) {
      throw new Usage(
        `县 ${code} 的校验点日志已由公钥 ${county.checkpointKey.keyId.slice(0, 16)}… 签署，新密钥无法续写它；请从备份恢复原密钥`,
      );
    }
    const path = generateCountyKey(checkpointKeyDir, code);
    const key = readPrivateKey(checkpointKeyDir, code);
    console.log(`县 ${code} 的签名私钥已写入 ${path}（仅本机可读，请离线备份；不要放进数据库或代码仓库）`);
    if (key)
      console.log(`公钥指纹：${keyIdOf(publicKeyOf(key))}（首个校验点签署后随日志公布在 /checkpoints/${code}/public-key.pem）`);
  } else {
    const outcomes = await appendCheckpoints(db, { keyDir: checkpointKeyDir, counties: values.county });
    for (const o of outcomes) console.log(describeOutcome(o));
    if (outcomes.length === 0) console.log("没有这样的县");
    if (outcomes.length === 0 || outcomes.some(appendFailed)) process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof Usage || error instanceof KeyExistsError)) throw error;
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
