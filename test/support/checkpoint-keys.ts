import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs before the demo database is seeded: the demo counties' checkpoint keys go into a folder of
 * the run's own, never into the repository's data/keys. Test files and the commands they start
 * inherit CHECKPOINT_KEY_DIR, so they verify the template's checkpoints with the same keys.
 */
export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), "sunboard-keys-"));
  process.env.CHECKPOINT_KEY_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
