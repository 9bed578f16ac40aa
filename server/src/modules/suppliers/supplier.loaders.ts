import { Supplier } from "./supplier.entity";
import { rowsById } from "../../shared/loaders";

/** Unscoped: only for following relations from rows the caller already may see. */
export const supplierById = rowsById(Supplier);
