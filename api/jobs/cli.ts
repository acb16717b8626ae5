// `npm run jobs:boards -- [--month 2026-12] [--county RJ]`: publish the monthly jobs-and-training
// board (每月公开) of every community that has none for the month yet. Meant for the 1st of each
// month, e.g. from cron:  5 0 1 * *  cd /srv/sunboard && npm run --silent jobs:boards
import { parseArgs } from "node:util";
import type { Viewer } from "../auth/viewer.ts";
import { loadConfig } from "../config.ts";
import { prepareDatabase } from "../db/prepare.ts";
import { todayInShanghai } from "../periods.ts";
import { publishMissingBoards } from "./service.ts";

const { values } = parseArgs({ options: { month: { type: "string" }, county: { type: "string" } } });
const month = values.month ?? todayInShanghai().slice(0, 7);
const db = await prepareDatabase(loadConfig().databaseUrl, { demo: false });

// Boards are published in the platform's name; the audit trail records the run like a user.
const account =
  (await db.user.findFirst({ where: { name: "每月公开（定时任务）", role: "ADMIN" } })) ??
  (await db.user.create({ data: { name: "每月公开（定时任务）", role: "ADMIN" } }));
const viewer: Viewer = {
  userId: account.id,
  tokenId: "",
  name: account.name,
  role: "ADMIN",
  countyId: null,
  communityIds: new Set(),
};

try {
  const boards = await publishMissingBoards(db, viewer, { month, countyCode: values.county });
  await db.auditEntry.create({
    data: {
      action: "jobs:boards",
      userId: account.id,
      outcome: "OK",
      detail: JSON.stringify({ month, county: values.county ?? null, published: boards.length }),
    },
  });
  console.log(
    boards.length ? `${month}: published ${boards.length} board(s)` : `${month}: every community already has its board`,
  );
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
