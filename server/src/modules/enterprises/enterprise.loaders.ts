import { Enterprise } from "./enterprise.entity";
import { rowsById } from "../../shared/loaders";

/** Unscoped: only for following relations from rows the caller already may see. */
export const enterpriseById = rowsById(Enterprise);
