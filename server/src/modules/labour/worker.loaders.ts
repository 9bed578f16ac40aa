import { scopedRowsById } from "../../shared/loaders";
import { workerScope } from "./labour.scope";
import { Worker } from "./worker.entity";
import { auditNames, namesThrough } from "../audit/audit.readable";

/** Scoped: a worker outside the caller's scope (for employers: without consent) loads as null. */
export const visibleWorkerById = scopedRowsById(Worker, "w", workerScope);

/** Audit names: workers the reader may read — the name only, never the ID number or phone. */
auditNames.add({ refType: "Worker", fields: ["workerId"], names: namesThrough(visibleWorkerById, (w) => w.name) });
