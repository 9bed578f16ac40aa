import pg from "pg";
import { DataSource } from "typeorm";
import { Agreement, AgreementTargetRow } from "../modules/agreements/agreement.entity";
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
import { FundTranche, InvestmentProject, ProjectOutcomeReport, ProjectStageEvent } from "../modules/investment/project.entity";
import { SiteVisit, SiteVisitCounty, SiteVisitEnterprise, SiteVisitProject } from "../modules/investment/visit.entity";
import { Foundation1763900000000 } from "./migrations/1763900000000-Foundation";
import { LedgerDaily1763900000001 } from "./migrations/1763900000001-LedgerDaily";
import { Consumption1763900000002 } from "./migrations/1763900000002-Consumption";
import { ConsumptionManagement1763900000003 } from "./migrations/1763900000003-ConsumptionManagement";
import { Enterprises1763900000004 } from "./migrations/1763900000004-Enterprises";
import { LABOUR_ENTITIES } from "../modules/labour/labour.entities";
import { Labour1763900000006 } from "./migrations/1763900000006-Labour";
import { Investment1763900000005 } from "./migrations/1763900000005-Investment";
import { AuditAppendOnly1763900000008 } from "./migrations/1763900000008-AuditAppendOnly";

// bigint (int8) as a JavaScript number: every amount here is far below 2^53 fen (¥90 trillion).
pg.types.setTypeParser(20, (text) => {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint out of safe range: ${text}`);
  return n;
});
// date stays "YYYY-MM-DD": a calendar day has no time zone to drift through.
pg.types.setTypeParser(1082, (text) => text);

export const entities = [Region, Pairing, Agreement, AgreementTargetRow, LedgerEntry, User, UserSession, AuditEntry,
  Supplier, Product, Buyer, Quota, QuotaCountySplit, GroupTarget, Fair, PurchaseOrder, SubOrder, OrderLine,
  SalesCentre, ProductImage,
  Enterprise, InvestmentLead, InvestmentLeadCounty, LeadInterest, InvestmentProject, ProjectStageEvent, FundTranche, ProjectOutcomeReport,
  SiteVisit, SiteVisitEnterprise, SiteVisitCounty, SiteVisitProject,
  ...LABOUR_ENTITIES];
export const migrations = [Foundation1763900000000, LedgerDaily1763900000001, Consumption1763900000002,
  ConsumptionManagement1763900000003, Enterprises1763900000004, Investment1763900000005, Labour1763900000006,
  AuditAppendOnly1763900000008];

/** Called with every SQL statement; tests count them to catch N+1 queries. Never logs parameters. */
export type QueryObserver = (sql: string) => void;

/** `poolOptions`: extra pg-pool settings (the embedded database's: see db/embedded.ts). */
export function createDataSource(url: string, poolSize: number, onQuery?: QueryObserver, poolOptions: Record<string, unknown> = {}): DataSource {
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
    extra: { max: poolSize, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000, ...poolOptions },
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
