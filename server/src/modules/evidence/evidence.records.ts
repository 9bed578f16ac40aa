import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { extensionPoint } from "../../shared/port";
import type { Scope } from "../../shared/scoped";
import type { LedgerSource } from "../ledger/ledger.entity";
import type { EvidenceRecordType } from "./evidence.entity";

/**
 * A kind of record evidence may be attached to, registered by the module that owns the record (the
 * way ledger sources are named: each module's `*.evidence.ts`, loaded from modules/index.ts). The
 * evidence module never reads another module's table: who may see a record is the owner's answer,
 * a sub-select of the ids in the caller's scope, scoped by construction.
 *
 * Who may do what, given the record is in `idsInScope`: read its files and attach — the roles in
 * `uploaders`; review (verify, reject, reopen) — coordinators and admins (EVIDENCE_REVIEWERS).
 */
export interface EvidenceRecordKind {
  kind: EvidenceRecordType;
  /** The ledger entries this record wrote have this source and the record's id as source id (coverage). */
  ledgerSource: LedgerSource | null;
  /** Roles that may read files of records of this kind and attach new ones (within `idsInScope`). */
  uploaders: readonly Role[];
  /** The ids of the records of this kind the caller may see, as a sub-select (`(SELECT x.id FROM … WHERE scope)`). */
  idsInScope(ctx: RequestContext): Scope;
}

export const evidenceRecordKinds = extensionPoint<EvidenceRecordKind>("evidenceRecordKinds");

/** The roles that attach to most records: the county holds the papers, the coordinator checks them. */
export const RECORD_UPLOADERS: readonly Role[] = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

export function evidenceRecordKind(kind: EvidenceRecordType): EvidenceRecordKind | undefined {
  return evidenceRecordKinds.all().find((k) => k.kind === kind);
}
