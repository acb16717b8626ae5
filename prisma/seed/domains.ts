import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { seedAssistance } from "./assistance.ts";
import { seedCatalogue } from "./catalogue.ts";
import { seedCheckpoints } from "./checkpoints.ts";
import { seedDecisions } from "./decisions.ts";
import { seedElections } from "./elections.ts";
import { seedEmployment } from "./employment.ts";
import { seedFees } from "./fees.ts";
import { seedFinance } from "./finance.ts";
import { seedJobs } from "./jobs.ts";
import { seedParty } from "./party.ts";
import { seedProjects } from "./projects.ts";
import { seedObjections, seedQuestions } from "./questions.ts";
import { seedRosters } from "./rosters.ts";
import { seedWelfare } from "./welfare.ts";

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
  seedQuestions,
  seedElections,
  seedAssistance,
  seedParty,
  seedEmployment,
  seedWelfare,
  seedRosters,
  seedObjections,
  seedCheckpoints,
];
