// `npm run db:seed`: migrate, then load the demo data (示例数据) if the database has no communities.
import { loadConfig } from "../../api/config.ts";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { printableUrl } from "../../api/db/providers.ts";

const { databaseUrl } = loadConfig();
const db = await prepareDatabase(databaseUrl, { demo: true, log: (line) => console.log(line) });
const communities = await db.community.count();
console.log(`${printableUrl(databaseUrl)}: ${communities} communities`);
await db.$disconnect();
