import { JobFairResolver } from "./jobfair.resolver";
import { PlacementResolver } from "./placement.resolver";
import { JobPostingResolver } from "./posting.resolver";
import { TrainingResolver } from "./training.resolver";
import { WorkerResolver } from "./worker.resolver";
import { WorkshopResolver } from "./workshop.resolver";

/** The labour module's resolvers, added to modules/index.ts in one line. */
export const LABOUR_RESOLVERS = [
  WorkerResolver,
  TrainingResolver,
  WorkshopResolver,
  JobPostingResolver,
  PlacementResolver,
  JobFairResolver,
];
