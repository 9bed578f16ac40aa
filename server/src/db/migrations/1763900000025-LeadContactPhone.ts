import type { MigrationInterface, QueryRunner } from "typeorm";
import { decryptPiiColumn, encryptPiiColumn, type PiiColumn } from "../pii-columns";

/**
 * 招商线索联系电话 becomes personal data at rest, as the enterprise's own contact phone did in 018:
 * `investment_lead.contact_phone` (plain text, returned whole to every county official who could
 * browse the lead, and kept whole in LEAD_UPDATED's audit before/after) is replaced by
 * `contact_phone_enc` and `contact_phone_masked`, and the trail's plain numbers by their masks.
 */
const COLUMN: PiiColumn = {
  migration: "LeadContactPhone1763900000025",
  table: "investment_lead",
  column: "contact_phone",
  entityType: "InvestmentLead",
  auditKey: "contactPhone",
};

export class LeadContactPhone1763900000025 implements MigrationInterface {
  name = "LeadContactPhone1763900000025";

  async up(q: QueryRunner): Promise<void> {
    await encryptPiiColumn(q, COLUMN);
  }

  async down(q: QueryRunner): Promise<void> {
    await decryptPiiColumn(q, COLUMN);
  }
}
