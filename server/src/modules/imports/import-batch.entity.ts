import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DEFAULT_LOCALE, type Locale, type Message } from "../../shared/messages";
import { LocalizedMessage } from "../../shared/outcomes";

/** What a spreadsheet brings in; each is one `ImportKind` (kinds.ts). */
export enum ImportKindName {
  WORKERS = "WORKERS",
  PRODUCTS = "PRODUCTS",
  BUYERS = "BUYERS",
  FIGURES = "FIGURES",
  /** 社会帮扶资金 (modules/donations). */
  DONATIONS = "DONATIONS",
  /** 结对帮扶 (modules/unit-pairs). */
  UNIT_PAIRS = "UNIT_PAIRS",
}
registerEnumType(ImportKindName, {
  name: "ImportKind",
  description: "劳动力 / 产品 / 采购单位与任务 / 往年填报数 / 社会帮扶资金 / 结对帮扶",
});

export enum ImportStatus {
  /** Dry run done: the problems are known, nothing written. */
  CHECKED = "CHECKED",
  /** Written (the valid rows, or all of them). */
  COMMITTED = "COMMITTED",
  /** All-or-nothing asked and a row had a problem: nothing written. */
  FAILED = "FAILED",
}
registerEnumType(ImportStatus, { name: "ImportStatus" });

export enum ImportMode {
  /** Write the rows without problems, skip the others. */
  VALID_ROWS = "VALID_ROWS",
  /** Write every row, or none if any has a problem. */
  ALL_OR_NOTHING = "ALL_OR_NOTHING",
}
registerEnumType(ImportMode, { name: "ImportMode" });

/** One problem of one row, as the check finds it: `reason` in both languages, never repeating the cell's value (ID numbers, phones). */
export interface CheckedProblem {
  row: number;
  column: string;
  reason: Message;
}

/** As kept in `import_batch.problems` (jsonb): both texts, or one "中文 / English" text from batches checked before. */
export interface StoredProblem {
  row: number;
  column: string;
  reason: { zh: string; en: string } | string;
}

/** A stored problem in one language. */
export const problemIn = (p: StoredProblem, locale: Locale = DEFAULT_LOCALE): ImportProblem => ({
  row: p.row,
  column: p.column,
  reason: typeof p.reason === "string" ? p.reason : locale === "en" ? p.reason.en : p.reason.zh,
  reasons: typeof p.reason === "string" ? { zhCN: p.reason, en: p.reason } : { zhCN: p.reason.zh, en: p.reason.en },
});

/** One problem of one row, in the request's language (X-Locale / Accept-Language). */
@ObjectType()
export class ImportProblem {
  @Field(() => Int, { description: "The spreadsheet's row number (the header is row 1)." })
  row: number;

  @Field({ description: "The column's header as in the template (Chinese); empty for the row as a whole." })
  column: string;

  @Field({ description: "Why, in the request's language (X-Locale / Accept-Language); never the cell's value." })
  reason: string;

  @Field(() => LocalizedMessage, {
    description: "The reason in each language: a dry run's answer stays readable when the user switches language.",
  })
  reasons: LocalizedMessage;
}

/** 导入批次: one uploaded spreadsheet, its dry run and, once committed, what was written. */
@ObjectType()
@Entity("import_batch")
export class ImportBatch {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ImportKindName)
  @Column({ type: "text" })
  kind: ImportKindName;

  @Column({ name: "actor_id", type: "uuid" })
  actorId: string;

  @Field()
  @Column({ name: "file_name" })
  fileName: string;

  @Field({ description: "SHA-256 of the file, hex." })
  @Column()
  sha256: string;

  /** The file, kept for the commit; never a GraphQL field nor selected by default. */
  @Column({ type: "bytea", select: false })
  content: Buffer;

  @Field(() => Int, { description: "Data rows in the file (the header not counted)." })
  @Column({ name: "row_count", type: "int" })
  rows: number;

  @Field(() => Int, { description: "Rows without a problem (new or unchanged)." })
  @Column({ name: "valid_count", type: "int" })
  valid: number;

  @Field(() => Int, { description: "Valid rows that are already there exactly (by natural key): nothing to write." })
  @Column({ name: "unchanged_count", type: "int" })
  unchanged: number;

  @Field(() => Int, { description: "Rows written by the commit." })
  @Column({ name: "written_count", type: "int" })
  written: number;

  @Field(() => Int, { description: "Rows the commit left out (with problems)." })
  @Column({ name: "skipped_count", type: "int" })
  skipped: number;

  @Field(() => ImportStatus)
  @Column({ type: "text" })
  status: ImportStatus;

  @Field(() => ImportMode, { nullable: true })
  @Column({ type: "text", nullable: true })
  mode: ImportMode | null;

  @Column({ type: "jsonb" })
  problems: StoredProblem[];

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "committed_at", type: "timestamptz", nullable: true })
  committedAt: Date | null;
}
