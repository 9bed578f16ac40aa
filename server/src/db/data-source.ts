import pg from "pg";
import type { Logger } from "pino";
import { DataSource } from "typeorm";
import { databaseUnavailable } from "../shared/db-errors";
import { Agreement, AgreementTargetChangeRow, AgreementTargetRow } from "../modules/agreements/agreement.entity";
import { AuditEntry } from "../modules/audit/audit.entity";
import { LedgerEntry } from "../modules/ledger/ledger.entity";
import { Pairing } from "../modules/pairings/pairing.entity";
import { Region } from "../modules/regions/region.entity";
import { User, UserSession } from "../modules/users/user.entity";
import { Buyer } from "../modules/buyers/buyer.entity";
import { Fair } from "../modules/channels/fair.entity";
import { SalesCentre } from "../modules/channels/sales-centre.entity";
import { OrderLine, PurchaseOrder, SubOrder } from "../modules/orders/order.entity";
import { Product } from "../modules/products/product.entity";
import { ProductImage } from "../modules/products/product-image.entity";
import { GroupTarget, Quota, QuotaCountySplit } from "../modules/quotas/quota.entity";
import { Supplier } from "../modules/suppliers/supplier.entity";
import { Enterprise } from "../modules/enterprises/enterprise.entity";
import { InvestmentLead, InvestmentLeadCounty, LeadInterest } from "../modules/investment/lead.entity";
import {
  FundTranche,
  InvestmentProject,
  ProjectOutcomeReport,
  ProjectStageEvent,
} from "../modules/investment/project.entity";
import { SiteVisit, SiteVisitCounty, SiteVisitEnterprise, SiteVisitProject } from "../modules/investment/visit.entity";
import { Foundation1763900000000 } from "./migrations/1763900000000-Foundation";
import { LedgerDaily1763900000001 } from "./migrations/1763900000001-LedgerDaily";
import { Consumption1763900000002 } from "./migrations/1763900000002-Consumption";
import { ConsumptionManagement1763900000003 } from "./migrations/1763900000003-ConsumptionManagement";
import { Enterprises1763900000004 } from "./migrations/1763900000004-Enterprises";
import { Donation, DonationReceipt } from "../modules/donations/donation.entity";
import { LABOUR_ENTITIES } from "../modules/labour/labour.entities";
import { Labour1763900000006 } from "./migrations/1763900000006-Labour";
import { Investment1763900000005 } from "./migrations/1763900000005-Investment";
import { Accounts1763900000007 } from "./migrations/1763900000007-Accounts";
import { AuditAppendOnly1763900000008 } from "./migrations/1763900000008-AuditAppendOnly";
import { LastLogin1763900000009 } from "./migrations/1763900000009-LastLogin";
import { Imports1763900000012 } from "./migrations/1763900000012-Imports";
import { OrderNumbers1763900000014 } from "./migrations/1763900000014-OrderNumbers";
import { PostingClosed1763900000017 } from "./migrations/1763900000017-PostingClosed";
import { EnterpriseContactPhone1763900000018 } from "./migrations/1763900000018-EnterpriseContactPhone";
import { migrationSecrets } from "./migration-secrets";
import { LedgerNoteKeys1763900000016 } from "./migrations/1763900000016-LedgerNoteKeys";
import { DeclarationLock1763900000019 } from "./migrations/1763900000019-DeclarationLock";
import { JointWork1763900000024 } from "./migrations/1763900000024-JointWork";
import { JointWork } from "../modules/joint-work/joint-work.entity";
import { Evidence1763900000027 } from "./migrations/1763900000027-Evidence";
import { HashChain1763900000030 } from "./migrations/1763900000030-HashChain";
import { PeriodLockFiscal1763900000032 } from "./migrations/1763900000032-PeriodLockFiscal";
import { CatalogueIndexes1763900000033 } from "./migrations/1763900000033-CatalogueIndexes";
import { GradingCountyClasses1763900000034 } from "./migrations/1763900000034-GradingCountyClasses";
import { UserEmail1763900000035 } from "./migrations/1763900000035-UserEmail";
import { LedgerMonthly1763900000037 } from "./migrations/1763900000037-LedgerMonthly";
import { QuotaStanding1763900000038 } from "./migrations/1763900000038-QuotaStanding";
import { LedgerYearly1763900000039 } from "./migrations/1763900000039-LedgerYearly";
import { PlacementTally1763900000040 } from "./migrations/1763900000040-PlacementTally";
import { PipelineTally1763900000042 } from "./migrations/1763900000042-PipelineTally";
import { RefuseStatement1763900000045 } from "./migrations/1763900000045-RefuseStatement";
import { UserEmailAtRest1763900000046 } from "./migrations/1763900000046-UserEmailAtRest";
import { CountingPointHeld1763900000047 } from "./migrations/1763900000047-CountingPointHeld";
import { FundsInPlaceMonth1763900000049 } from "./migrations/1763900000049-FundsInPlaceMonth";
import { ReversalsDatedWhenMade1763900000050 } from "./migrations/1763900000050-ReversalsDatedWhenMade";
import { LedgerSummaryDates1763900000051 } from "./migrations/1763900000051-LedgerSummaryDates";
import { EvidenceRecords1763900000031 } from "./migrations/1763900000031-EvidenceRecords";
import { EvidenceFile } from "../modules/evidence/evidence.entity";
import { Notifications1763900000029 } from "./migrations/1763900000029-Notifications";
import { Notification } from "../modules/notifications/notification.entity";
import { ReportingPeriods1763900000028 } from "./migrations/1763900000028-ReportingPeriods";
import { ReportingPeriod, ReportingPeriodStep } from "../modules/periods/period.entity";
import { LeadContactPhone1763900000025 } from "./migrations/1763900000025-LeadContactPhone";
import { Grading1763900000026 } from "./migrations/1763900000026-Grading";
import { GradingScheme } from "../modules/grading/grading.entity";
import { Donations1763900000021 } from "./migrations/1763900000021-Donations";
import { FiscalAid1763900000020 } from "./migrations/1763900000020-FiscalAid";
import { FISCAL_ENTITIES } from "../modules/fiscal/fiscal.entity";
import { UnitPairs1763900000023 } from "./migrations/1763900000023-UnitPairs";
import { UnitPair } from "../modules/unit-pairs/unit-pair.entity";
import { ImportBatch } from "../modules/imports/import-batch.entity";
import { SetupYear1763900000011 } from "./migrations/1763900000011-SetupYear";
import { Checkout1763900000013 } from "./migrations/1763900000013-Checkout";
import { CountingPoint1763900000015 } from "./migrations/1763900000015-CountingPoint";

import { TalentPerson, TalentPosting } from "../modules/talent/talent.entity";
import { Talent1763900000022 } from "./migrations/1763900000022-Talent";
import { LoginEvent } from "../modules/logins/login-event.entity";
import { LoginLog1763900000010 } from "./migrations/1763900000010-LoginLog";

// bigint (int8) as a JavaScript number: every amount here is far below 2^53 fen (¥90 trillion).
pg.types.setTypeParser(20, (text) => {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint out of safe range: ${text}`);
  return n;
});
// date stays "YYYY-MM-DD": a calendar day has no time zone to drift through.
pg.types.setTypeParser(1082, (text) => text);

export const entities = [
  Region,
  Pairing,
  Agreement,
  AgreementTargetRow,
  AgreementTargetChangeRow,
  LedgerEntry,
  User,
  UserSession,
  AuditEntry,
  LoginEvent,
  Supplier,
  Product,
  Buyer,
  Quota,
  QuotaCountySplit,
  GroupTarget,
  Fair,
  PurchaseOrder,
  SubOrder,
  OrderLine,
  SalesCentre,
  ProductImage,
  Enterprise,
  InvestmentLead,
  InvestmentLeadCounty,
  LeadInterest,
  InvestmentProject,
  ProjectStageEvent,
  FundTranche,
  ProjectOutcomeReport,
  SiteVisit,
  SiteVisitEnterprise,
  SiteVisitCounty,
  SiteVisitProject,
  ...LABOUR_ENTITIES,
  Donation,
  DonationReceipt,
  ImportBatch,
  JointWork,
  GradingScheme,
  ...FISCAL_ENTITIES,
  TalentPerson,
  TalentPosting,
  UnitPair,
  EvidenceFile,
  Notification,
  ReportingPeriod,
  ReportingPeriodStep,
];
export const migrations = [
  Foundation1763900000000,
  LedgerDaily1763900000001,
  Consumption1763900000002,
  ConsumptionManagement1763900000003,
  Enterprises1763900000004,
  Investment1763900000005,
  Labour1763900000006,
  Accounts1763900000007,
  AuditAppendOnly1763900000008,
  LastLogin1763900000009,
  LoginLog1763900000010,
  SetupYear1763900000011,
  Imports1763900000012,
  Checkout1763900000013,
  OrderNumbers1763900000014,
  CountingPoint1763900000015,
  LedgerNoteKeys1763900000016,
  PostingClosed1763900000017,
  EnterpriseContactPhone1763900000018,
  DeclarationLock1763900000019,
  FiscalAid1763900000020,
  Donations1763900000021,
  Talent1763900000022,
  UnitPairs1763900000023,
  JointWork1763900000024,
  LeadContactPhone1763900000025,
  Grading1763900000026,
  Evidence1763900000027,
  ReportingPeriods1763900000028,
  Notifications1763900000029,
  HashChain1763900000030,
  EvidenceRecords1763900000031,
  PeriodLockFiscal1763900000032,
  CatalogueIndexes1763900000033,
  GradingCountyClasses1763900000034,
  UserEmail1763900000035,
  LedgerMonthly1763900000037,
  QuotaStanding1763900000038,
  LedgerYearly1763900000039,
  PlacementTally1763900000040,
  PipelineTally1763900000042,
  RefuseStatement1763900000045,
  UserEmailAtRest1763900000046,
  CountingPointHeld1763900000047,
  FundsInPlaceMonth1763900000049,
  ReversalsDatedWhenMade1763900000050,
  LedgerSummaryDates1763900000051,
];

/** Called with every SQL statement; tests count them to catch N+1 queries. Never logs parameters. */
export type QueryObserver = (sql: string) => void;

/**
 * Limits on every connection of the pool, so that one stuck session cannot take the service down:
 * a statement, a lock wait or an open transaction that runs too long is ended by PostgreSQL itself
 * (SQLSTATE 57014, 55P03, 25P03 → SERVICE_UNAVAILABLE, see shared/db-errors.ts), and a request waits
 * at most `connectTimeoutMs` for a pooled connection. 0 = no limit.
 */
export interface SessionLimits {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  connectTimeoutMs: number;
  /**
   * Sessions without PostgreSQL's JIT compilation. JIT pays off for long analytic scans; here every
   * statement is a short OLTP read or write, but some (the boards' LATERAL pages over hundreds of
   * thousands of rows) are estimated above `jit_above_cost`, and compiling them took 20–40 ms of a
   * 1.5 ms statement at the 832 scale (issue 14, the quota board). PostgreSQL only (PGlite has none).
   */
  jitOff?: boolean;
}

/** No session limits: the embedded database, and callers that predate them. */
export const NO_SESSION_LIMITS: SessionLimits = {
  statementTimeoutMs: 0,
  lockTimeoutMs: 0,
  idleInTransactionTimeoutMs: 0,
  connectTimeoutMs: 10_000,
};

/**
 * pg's client options for `limits`. They travel in the connection's startup message, so every
 * connection the pool opens (also after a backend was terminated) starts with them, and no `SET`
 * round trip is needed. Never for PGlite: it is ONE session shared by every connection, so a startup
 * parameter from one connection changes it for all; its statement_timeout never fires (measured: a
 * 200 ms limit let `pg_sleep(1)` run 1 s, WASM has no timer signal); nothing else ever holds a lock
 * there; and an idle-in-transaction timeout would terminate the only session there is.
 */
export function sessionOptions(limits: SessionLimits): Record<string, number | string> {
  return {
    ...(limits.jitOff ? { options: "-c jit=off" } : {}),
    connectionTimeoutMillis: limits.connectTimeoutMs,
    // pg sends these only when non-zero (0 keeps the server's default: no limit).
    statement_timeout: limits.statementTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
  };
}

/** `poolOptions`: extra pg-pool settings (the embedded database's: see db/embedded.ts). */
export function createDataSource(
  url: string,
  poolSize: number,
  onQuery?: QueryObserver,
  limits: SessionLimits = NO_SESSION_LIMITS,
  poolOptions: Record<string, unknown> = {},
): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "schema_migration",
    migrationsTransactionMode: "each",
    synchronize: false,
    uuidExtension: "pgcrypto",
    poolSize,
    extra: { max: poolSize, idleTimeoutMillis: 30_000, ...sessionOptions(limits), ...poolOptions },
    logging: onQuery ? true : false,
    logger: onQuery
      ? {
          logQuery: (sql: string) => onQuery(sql),
          logQueryError: () => {},
          logQuerySlow: () => {},
          logSchemaBuild: () => {},
          logMigration: () => {},
          log: () => {},
        }
      : undefined,
  });
}

/** The names of the migrations this build knows, for /readyz: each must be in `schema_migration`. */
export const migrationNames = migrations.map((m) => m.name);

export interface OpenDatabaseOptions {
  url: string;
  poolSize: number;
  /** Limits for the app's pool; the embedded database gets none (see `sessionOptions`). */
  limits: SessionLimits;
  /** Run pending migrations (on a connection of their own without a statement timeout). */
  migrate: boolean;
  /** The server's PII_SECRET: data migrations that encrypt existing personal data need it (migration-secrets.ts). */
  piiSecret?: string;
  /** False for the embedded database: it takes one connection, so migrations run on the app's pool. */
  separateMigrationConnection: boolean;
  onQuery?: QueryObserver;
  /** Extra pg-pool settings for the app's pool (the embedded database's: see db/embedded.ts). */
  poolOptions?: Record<string, unknown>;
  log: Logger;
  /** First and longest wait between attempts (doubling in between). */
  backoff?: { firstMs: number; maxMs: number };
}

/** The session advisory lock migrations run under (any constant no other lock uses). */
const MIGRATION_LOCK = 763_900_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Connects the app's pool and runs the migrations, waiting for the database with back-off while it
 * cannot answer (not yet started, restarting, refusing connections, a migration's lock not granted
 * in time), and saying so in the log at each attempt. Any other failure (wrong password, no such
 * database, a broken migration) is thrown: waiting would not fix it.
 */
export async function openDatabase(o: OpenDatabaseOptions): Promise<{ db: DataSource; migrationsRan: string[] }> {
  const { firstMs, maxMs } = o.backoff ?? { firstMs: 500, maxMs: 5_000 };
  let delay = firstMs;
  for (let attempt = 1; ; attempt++) {
    const db = createDataSource(o.url, o.poolSize, o.onQuery, o.limits, o.poolOptions);
    try {
      await db.initialize();
      let migrationsRan: string[] = [];
      if (o.migrate) {
        // Migrations may rewrite whole tables: no statement timeout, but the lock timeout stays, so a
        // migration never queues every request behind its ACCESS EXCLUSIVE wait; it waits here instead.
        const runner = o.separateMigrationConnection
          ? createDataSource(o.url, 1, undefined, { ...o.limits, statementTimeoutMs: 0 })
          : db;
        try {
          if (runner !== db) await runner.initialize();
          if (o.piiSecret) migrationSecrets.piiSecret = o.piiSecret;
          // Several processes starting at once (a rolling deploy behind the balancer): one migrates,
          // the others wait on this session lock (the pool of one keeps it on the connection that
          // migrates; a wait past lock_timeout is retried with back-off), then find nothing pending.
          if (runner !== db) await runner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
          migrationsRan = (await runner.runMigrations({ transaction: "each" })).map((m) => m.name);
        } finally {
          if (runner !== db && runner.isInitialized) await runner.destroy();
        }
      }
      if (attempt > 1) o.log.info({ attempt }, "database is answering");
      return { db, migrationsRan };
    } catch (e) {
      if (db.isInitialized) await db.destroy().catch(() => {});
      const kind = databaseUnavailable(e);
      if (!kind) throw e;
      // The code only: pg's message names the host and port, which the log need not repeat each time.
      const reason = (e as { code?: string }).code ?? kind;
      o.log.warn(
        { attempt, reason, retryInMs: delay },
        `database not answering (attempt ${attempt}); retrying in ${delay} ms`,
      );
      await sleep(delay);
      delay = Math.min(delay * 2, maxMs);
    }
  }
}

/**
 * The read-only pool of a streaming replica (DATABASE_READ_URL): the boards' reads only
 * (shared/read-replica.ts). Every session is `default_transaction_read_only`, so a write sent here by
 * mistake fails even on a server that is not a standby. Waits for the replica like `openDatabase`.
 */
export async function openReadReplica(
  url: string,
  poolSize: number,
  limits: SessionLimits,
  onQuery: QueryObserver | undefined,
  log: Logger,
): Promise<DataSource> {
  const { db } = await openDatabase({
    url,
    poolSize,
    limits,
    migrate: false,
    separateMigrationConnection: false,
    onQuery,
    poolOptions: { options: "-c default_transaction_read_only=on" },
    log: log.child({ database: "replica" }),
  });
  return db;
}
