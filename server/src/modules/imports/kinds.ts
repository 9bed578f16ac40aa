import type { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import type { ImportKindName, ImportProblem } from "./import-batch.entity";
import { type Message } from "../../shared/messages";

/**
 * One kind of spreadsheet import (批量导入). The mechanism (import.service.ts) is the same for every
 * kind: read the file, match the headers, hand every row's cells to `check`, keep the problems;
 * on commit, check again inside the transaction and hand the valid rows to `write`.
 *
 * A kind checks with THE SAME rules as the API (it calls the owning module's validators) and
 * writes through the owning module's service, by the kind's natural key, idempotently: a row
 * whose key is already there as the row says is "unchanged" and writes nothing.
 */
export interface ImportColumn {
  /** The header in the template, in Chinese: the file is matched on it. */
  header: string;
  key: string;
  required: boolean;
  /** The rule, for the template's 填写说明 sheet. */
  rule: string;
  example: string;
  /** Column width in the template. */
  width?: number;
  /** Text cells (ID numbers, phones, codes): a number typed there loses digits in Excel. */
  text?: boolean;
}

/** A row's cells as text (trimmed, "" when empty), by column key. */
export type Cells = Record<string, string>;

export interface RowVerdict<T> {
  problems: { column: string; reason: Message }[];
  /** The checked values to write, when no problem. */
  value?: T;
  /** Already there as the row says: nothing to write. */
  unchanged?: boolean;
}

export interface ImportKind<T = unknown> {
  name: ImportKindName;
  /** 劳动力 etc., for file names and the audit entry. */
  label: string;
  roles: Role[];
  columns: ImportColumn[];
  /**
   * Checks every row at once, so that lookups are batched (one query for the whole file, not
   * one per row). Returns one verdict per row, in order. Refusals of the caller itself (role,
   * scope of the whole file) are thrown.
   */
  check(ctx: RequestContext, rows: { row: number; cells: Cells }[]): Promise<RowVerdict<T>[]>;
  /** Writes the valid rows inside the commit's transaction; returns how many were written. */
  write(ctx: RequestContext, values: T[]): Promise<number>;
}

export type { ImportProblem };
