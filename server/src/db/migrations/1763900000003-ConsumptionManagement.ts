import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What the coordinators and county officials manage around the marketplace: the exhibition and
 * sales centres (the "1" of 1+2+5+N) as records of their own, the suppliers taking part in each fair
 * (the "2"), and product photos and certificate scans.
 */
export class ConsumptionManagement1763900000003 implements MigrationInterface {
  name = "ConsumptionManagement1763900000003";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- 消费帮扶专馆 / 展销中心: a permanent hall in an eastern city where partner counties' products sell.
      CREATE TABLE sales_centre (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        address text NOT NULL,
        east_region_id uuid NOT NULL REFERENCES region(id),
        opened_on date,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (east_region_id, name)
      );

      -- Only a SALES_CENTRE sale names a centre. New ones must (the service insists); sales recorded
      -- before centres were records of their own have none.
      ALTER TABLE purchase_order ADD COLUMN sales_centre_id uuid REFERENCES sales_centre(id);
      ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_sales_centre CHECK (channel = 'SALES_CENTRE' OR sales_centre_id IS NULL);
      CREATE INDEX purchase_order_sales_centre ON purchase_order (sales_centre_id) WHERE sales_centre_id IS NOT NULL;
      CREATE INDEX purchase_order_fair ON purchase_order (fair_id) WHERE fair_id IS NOT NULL;

      -- 参展供应商: who sells at a fair; a fair sale is only from these.
      CREATE TABLE fair_supplier (
        fair_id uuid NOT NULL REFERENCES fair(id) ON DELETE CASCADE,
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        PRIMARY KEY (fair_id, supplier_id)
      );
      CREATE INDEX fair_supplier_supplier ON fair_supplier (supplier_id);

      -- Product photos and the certificate's scan (扶贫产品认定证书), kept in the database so a backup
      -- holds everything; at most a few hundred kilobytes each.
      CREATE TABLE product_image (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES product(id),
        kind text NOT NULL CHECK (kind IN ('PHOTO', 'CERTIFICATE')),
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        byte_size integer NOT NULL CHECK (byte_size > 0),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX product_image_product ON product_image (product_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE product_image; DROP TABLE fair_supplier;
      ALTER TABLE purchase_order DROP COLUMN sales_centre_id;
      DROP TABLE sales_centre;
    `);
  }
}
