import { appendCheckpoints } from "../../api/checkpoints/service.ts";
import { loadConfig } from "../../api/config.ts";
import type { Db } from "../../api/db/client.ts";

/**
 * Ends the demo with one signed checkpoint per county, so the demo portal has a log to show and
 * `npm run verify` something to check against. The demo counties' keys are made on first need in
 * the key directory (CHECKPOINT_KEY_DIR), as a real county's would be by `npm run checkpoint -- keygen`.
 */
export async function seedCheckpoints(db: Db): Promise<number> {
  const outcomes = await appendCheckpoints(db, { keyDir: loadConfig().checkpointKeyDir, createKeys: true });
  const failed = outcomes.filter((o) => o.status === "refused" || o.status === "no-key");
  if (failed.length) throw new Error(`demo checkpoints not signed: ${JSON.stringify(failed)}`);
  return 0;
}
