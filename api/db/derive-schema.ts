// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma before `prisma generate` reads it
// (npm run postinstall); the file is not committed, so it cannot drift from the models.
import { mkdirSync, writeFileSync } from "node:fs";
import { providerFiles, schemaText } from "./providers.ts";

const { dir, schemaPath } = providerFiles("postgresql");
mkdirSync(dir, { recursive: true });
writeFileSync(schemaPath, schemaText("postgresql"));
