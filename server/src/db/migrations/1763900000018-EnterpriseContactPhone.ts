import type { MigrationInterface, QueryRunner } from "typeorm";
import { decryptPiiColumn, encryptPiiColumn, type PiiColumn } from "../pii-columns";

/**
 * 企业联系电话 becomes personal data at rest, as workers' phones and the checkout's delivery phone
 * are: `contact_phone` (plain text, returned to everyone who could read the enterprise) is replaced
 * by `contact_phone_enc` and `contact_phone_masked`, and the plain numbers in the audit trail
 * (ENTERPRISE_UPDATED's before/after) by their masks — the way pii-columns.ts does it. Not
 * reversible for the trail: `down` restores the column from the ciphertext, but the trail keeps the masks.
 */
const COLUMN: PiiColumn = {
  migration: "EnterpriseContactPhone1763900000018",
  table: "enterprise",
  column: "contact_phone",
  entityType: "Enterprise",
  auditKey: "contactPhone",
};

export class EnterpriseContactPhone1763900000018 implements MigrationInterface {
  name = "EnterpriseContactPhone1763900000018";

  async up(q: QueryRunner): Promise<void> {
    await encryptPiiColumn(q, COLUMN);
  }

  async down(q: QueryRunner): Promise<void> {
    await decryptPiiColumn(q, COLUMN);
  }
}
