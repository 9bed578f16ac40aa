import { scopedRowsById } from "../../shared/loaders";
import { workerScope } from "./labour.scope";
import { Worker } from "./worker.entity";

/** Scoped: a worker outside the caller's scope (for employers: without consent) loads as null. */
export const visibleWorkerById = scopedRowsById(Worker, "w", workerScope);
