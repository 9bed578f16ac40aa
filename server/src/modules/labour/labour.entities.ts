import { JobFair, JobFairEmployer } from "./jobfair.entity";
import { Placement, PlacementStage } from "./placement.entity";
import { JobPosting } from "./posting.entity";
import { TrainingAttendee, TrainingSession } from "./training.entity";
import { Worker } from "./worker.entity";
import { Workshop, WorkshopReport } from "./workshop.entity";

/** The labour module's tables, registered in db/data-source.ts in one line. */
export const LABOUR_ENTITIES = [
  Worker,
  TrainingSession,
  TrainingAttendee,
  Workshop,
  WorkshopReport,
  JobPosting,
  Placement,
  PlacementStage,
  JobFair,
  JobFairEmployer,
];
