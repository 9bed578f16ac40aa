import { cond } from "../../shared/scoped";
import { EvidenceRecordType } from "../evidence/evidence.entity";
import { evidenceFieldResolver } from "../evidence/evidence.field";
import { evidenceRecordKinds, RECORD_UPLOADERS } from "../evidence/evidence.records";
import { LedgerSource } from "../ledger/ledger.entity";
import { FiscalTransaction } from "./fiscal.entity";
import { fiscalProjectScope } from "./fiscal.scope";

// A fiscal transaction's papers (拨付文件, 银行回单), read through its project as the transactions are.
evidenceRecordKinds.add({
  kind: EvidenceRecordType.FISCAL_TRANSACTION,
  ledgerSource: LedgerSource.FISCAL_FUNDS,
  uploaders: RECORD_UPLOADERS,
  idsInScope: (ctx) =>
    cond`(SELECT et.id FROM fiscal_transaction et JOIN fiscal_project ef ON ef.id = et.project_id WHERE ${fiscalProjectScope(ctx, "ef")})`,
});

export const FiscalTransactionEvidenceResolver = evidenceFieldResolver(
  FiscalTransaction,
  EvidenceRecordType.FISCAL_TRANSACTION,
  "佐证材料 (拨付文件, 银行回单) the caller may read, oldest first; batched per request.",
);
