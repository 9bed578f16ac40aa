import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Consumption assistance (消费帮扶, the "1+2+5+N" model): suppliers and their certified products,
 * fairs, buyer organisations and their yearly quotas, orders split per supplier, and the quota
 * counters that only ever change by one atomic upsert in the transaction of a state change.
 */
export class Consumption1763900000002 implements MigrationInterface {
  name = "Consumption1763900000002";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- 供应商: a cooperative or company of a west county, recommended by it, approved by a coordinator.
      CREATE TABLE supplier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        credit_code char(18) NOT NULL UNIQUE,
        county_id uuid NOT NULL REFERENCES region(id),
        contact text,
        status text NOT NULL CHECK (status IN ('RECOMMENDED', 'APPROVED', 'SUSPENDED')),
        status_note text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX supplier_county ON supplier (county_id);

      -- 扶贫产品: a certified product. Its county is its supplier's.
      CREATE TABLE product (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        county_id uuid NOT NULL REFERENCES region(id),
        name text NOT NULL,
        category text NOT NULL,
        spec text NOT NULL,
        unit text NOT NULL,
        price bigint NOT NULL CHECK (price > 0),
        stock int NOT NULL CHECK (stock >= 0),
        certificate_no text,
        certificate_authority text,
        certificate_valid_from date,
        certificate_valid_to date,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (certificate_valid_to IS NULL OR certificate_valid_from IS NULL OR certificate_valid_to >= certificate_valid_from)
      );
      CREATE INDEX product_county ON product (county_id);
      CREATE INDEX product_supplier ON product (supplier_id);

      -- 展销大集: the "2" of 1+2+5+N, time-boxed sales events.
      CREATE TABLE fair (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        venue text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        east_region_id uuid NOT NULL REFERENCES region(id),
        CHECK (ends_on >= starts_on)
      );

      -- 采购单位: an institutional buyer of one east region, in one of the five groups or OTHER (the "N").
      CREATE TABLE buyer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        east_region_id uuid NOT NULL REFERENCES region(id),
        buyer_group text NOT NULL CHECK (buyer_group IN ('EDUCATION', 'HEALTHCARE', 'RETAIL', 'GOVERNMENT', 'ENTERPRISE', 'OTHER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (east_region_id, name)
      );
      CREATE INDEX buyer_region ON buyer (east_region_id);

      ALTER TABLE app_user ADD COLUMN buyer_id uuid REFERENCES buyer(id);
      ALTER TABLE app_user ADD CONSTRAINT app_user_buyer CHECK (role <> 'BUYER' OR buyer_id IS NOT NULL);

      -- 消费任务指标: a buyer's yearly quota, typed in or derived (basis kept for the record).
      CREATE TABLE quota (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        buyer_id uuid NOT NULL REFERENCES buyer(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        amount bigint NOT NULL CHECK (amount >= 0),
        basis text NOT NULL CHECK (basis IN ('FIXED', 'CANTEEN_BUDGET', 'HEADCOUNT')),
        base_amount bigint,
        rate_bp int,
        headcount int,
        per_head bigint,
        UNIQUE (buyer_id, year)
      );
      CREATE TABLE quota_county_split (
        quota_id uuid NOT NULL REFERENCES quota(id) ON DELETE CASCADE,
        west_county_id uuid NOT NULL REFERENCES region(id),
        amount bigint NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (quota_id, west_county_id)
      );
      CREATE TABLE group_target (
        east_region_id uuid NOT NULL REFERENCES region(id),
        buyer_group text NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        amount bigint NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (east_region_id, buyer_group, year)
      );

      CREATE TABLE purchase_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        buyer_id uuid NOT NULL REFERENCES buyer(id),
        idempotency_key text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('ONLINE', 'SALES_CENTRE', 'FAIR')),
        fair_id uuid REFERENCES fair(id),
        ordered_on date NOT NULL,
        total bigint NOT NULL DEFAULT 0,
        placed_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((channel = 'FAIR') = (fair_id IS NOT NULL))
      );
      -- Idempotent placement: a retry with the same key returns the existing order.
      CREATE UNIQUE INDEX purchase_order_idempotency ON purchase_order (buyer_id, idempotency_key);
      CREATE INDEX purchase_order_buyer_date ON purchase_order (buyer_id, ordered_on DESC);

      CREATE TABLE sub_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        order_id uuid NOT NULL REFERENCES purchase_order(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        buyer_id uuid NOT NULL REFERENCES buyer(id),
        west_county_id uuid NOT NULL REFERENCES region(id),
        -- The most specific pairing of (buyer's region, supplier's county) at placement; null = unpaired.
        pairing_id uuid REFERENCES pairing(id),
        status text NOT NULL CHECK (status IN ('PLACED', 'CONFIRMED', 'PAID', 'SHIPPED', 'RECEIVED', 'CANCELLED', 'REFUNDED')),
        total bigint NOT NULL,
        -- The part of total whose products were certified on the order date: what counts when confirmed.
        countable bigint NOT NULL,
        payment_reference text,
        invoice_number text,
        inspection_note text,
        rating int CHECK (rating BETWEEN 1 AND 5),
        reason text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sub_order_order ON sub_order (order_id);
      CREATE INDEX sub_order_county ON sub_order (west_county_id, status);
      CREATE INDEX sub_order_buyer ON sub_order (buyer_id);

      CREATE TABLE order_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sub_order_id uuid NOT NULL REFERENCES sub_order(id),
        product_id uuid NOT NULL REFERENCES product(id),
        quantity int NOT NULL CHECK (quantity > 0),
        unit_price bigint NOT NULL CHECK (unit_price > 0),
        amount bigint NOT NULL,
        counts_toward_quota boolean NOT NULL
      );
      CREATE INDEX order_line_sub_order ON order_line (sub_order_id);

      -- Counted amounts per buyer, year, partner county and channel. Changed only by one atomic
      -- INSERT … ON CONFLICT DO UPDATE in the transaction of the state change that causes it.
      CREATE TABLE quota_counter (
        buyer_id uuid NOT NULL REFERENCES buyer(id),
        year int NOT NULL,
        west_county_id uuid NOT NULL REFERENCES region(id),
        channel text NOT NULL,
        counted bigint NOT NULL,
        PRIMARY KEY (buyer_id, year, west_county_id, channel)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE quota_counter; DROP TABLE order_line; DROP TABLE sub_order; DROP TABLE purchase_order;
      DROP TABLE group_target; DROP TABLE quota_county_split; DROP TABLE quota;
      ALTER TABLE app_user DROP CONSTRAINT app_user_buyer; ALTER TABLE app_user DROP COLUMN buyer_id;
      DROP TABLE buyer; DROP TABLE fair; DROP TABLE product; DROP TABLE supplier;
    `);
  }
}
