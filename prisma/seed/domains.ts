import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { seedCatalogue } from "./catalogue.ts";
import { seedCheckpoints } from "./checkpoints.ts";
import { seedDecisions } from "./decisions.ts";
import { seedFees } from "./fees.ts";
import { seedFinance } from "./finance.ts";
import { seedJobs } from "./jobs.ts";
import { seedProjects } from "./projects.ts";
import { seedRosters } from "./rosters.ts";

/** A domain's demo data, loaded through its services as the demo staff account; returns the notices it published. */
export type DomainSeed = (db: Db, staff: Viewer) => Promise<number>;

/**
 * Every domain's demo data, in loading order, after the places, organizations and plain
 * disclosures. A new domain adds its seed here: one line, before the checkpoints, which sign
 * everything published before them and so come last.
 */
export const DOMAIN_SEEDS: readonly DomainSeed[] = [
  seedFees,
  seedJobs,
  seedFinance,
  seedCatalogue,
  seedDecisions,
  seedProjects,
  seedRosters,
  seedCheckpoints,
];
