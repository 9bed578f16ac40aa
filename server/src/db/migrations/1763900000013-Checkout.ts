import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 结算 (issue 11, "the buyer's real purchase"): what a real purchase needs on the order — delivery
 * address, contact person and phone, invoice title (发票抬头) and tax number (纳税人识别号), a note —
 * as nullable columns, so orders placed before keep NULL. The phone is personal data: stored
 * encrypted (shared/pii.ts, like workers' phones) beside its masked form, which is all most readers
 * get. `buyer_delivery` remembers each buyer's last delivery and invoice details for its next order.
 */
export class Checkout1763900000013 implements MigrationInterface {
  name = "Checkout1763900000013";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE purchase_order
        ADD COLUMN delivery_address text,
        ADD COLUMN delivery_contact text,
        ADD COLUMN delivery_phone_enc text,
        ADD COLUMN delivery_phone_masked text,
        ADD COLUMN invoice_title text,
        ADD COLUMN invoice_tax_number text,
        ADD COLUMN note text;
      CREATE TABLE buyer_delivery (
        buyer_id uuid PRIMARY KEY REFERENCES buyer(id),
        delivery_address text NOT NULL,
        delivery_contact text NOT NULL,
        delivery_phone_enc text NOT NULL,
        delivery_phone_masked text NOT NULL,
        invoice_title text,
        invoice_tax_number text,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE buyer_delivery;
      ALTER TABLE purchase_order
        DROP COLUMN delivery_address, DROP COLUMN delivery_contact, DROP COLUMN delivery_phone_enc,
        DROP COLUMN delivery_phone_masked, DROP COLUMN invoice_title, DROP COLUMN invoice_tax_number, DROP COLUMN note;
    `);
  }
}
