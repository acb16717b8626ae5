// `npm run backup -- <file>` copies the database named by DATABASE_URL into a backup file while the
// server runs; `npm run restore -- <file> [--force]` loads one into an empty database.
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { backupDatabase, restoreDatabase } from "./backup.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: "boolean", default: false } },
});
const [command, file] = positionals;
const { databaseUrl } = loadConfig();
const log = (line: string) => console.log(line);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

try {
  if (command === "backup" && file) {
    console.log(`备份数据库到 ${file}`);
    await backupDatabase(databaseUrl, file, log);
    console.log(`备份完成，用时 ${seconds()} 秒`);
  } else if (command === "restore" && file) {
    console.log(`从 ${file} 恢复数据库`);
    await restoreDatabase(databaseUrl, file, { force: values.force ?? false }, log);
    console.log(`恢复完成，用时 ${seconds()} 秒。可运行 npm run verify 核验公开内容。`);
  } else {
    console.error("用法：npm run backup -- <备份文件>；npm run restore -- <备份文件> [--force]");
    process.exit(2);
  }
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
