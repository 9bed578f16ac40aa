import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 订单号 and 发货信息 (issue 11, "The buyer's real purchase").
 *
 * - Every order gets a number a canteen can file and quote on the phone: `XZ` + the order date
 *   (yyyymmdd) + a six-digit sequence of that day, e.g. XZ20261129-000123. The sequence comes from
 *   one counter row per day, bumped by an upsert with RETURNING in the placing transaction (its row
 *   lock makes two orders of a day take different numbers; a rolled-back placement gives its number
 *   back). The column stays nullable only because placement writes the number in its last statement,
 *   after the stock (the counter row is the hottest row of the day, so it is locked last); a unique
 *   index and the GraphQL type (String!) hold the rest. Existing orders are numbered per day in the
 *   order they were created.
 * - A sub-order is numbered by its position in its order (XZ20261129-000123-2).
 * - Shipping records the carrier (承运商) and waybill number (运单号).
 */
export class OrderNumbers1763900000014 implements MigrationInterface {
  name = "OrderNumbers1763900000014";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE order_number_counter (
        day date PRIMARY KEY,
        last int NOT NULL CHECK (last > 0)
      );
      ALTER TABLE purchase_order ADD COLUMN order_number text;
      ALTER TABLE sub_order ADD COLUMN position int;
      ALTER TABLE sub_order ADD COLUMN carrier text;
      ALTER TABLE sub_order ADD COLUMN waybill_number text;

      UPDATE purchase_order o SET order_number = 'XZ' || to_char(n.ordered_on, 'YYYYMMDD') || '-' || lpad(n.k::text, greatest(6, length(n.k::text)), '0')
        FROM (SELECT id, ordered_on, row_number() OVER (PARTITION BY ordered_on ORDER BY created_at, id) AS k FROM purchase_order) n
       WHERE n.id = o.id;
      INSERT INTO order_number_counter (day, last) SELECT ordered_on, count(*) FROM purchase_order GROUP BY ordered_on;
      UPDATE sub_order s SET position = n.k
        FROM (SELECT id, row_number() OVER (PARTITION BY order_id ORDER BY seq) AS k FROM sub_order) n
       WHERE n.id = s.id;

      CREATE UNIQUE INDEX purchase_order_number ON purchase_order (order_number text_pattern_ops);
      ALTER TABLE sub_order ALTER COLUMN position SET NOT NULL;
      ALTER TABLE sub_order ADD CONSTRAINT sub_order_position UNIQUE (order_id, position);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE sub_order DROP CONSTRAINT sub_order_position;
      ALTER TABLE sub_order DROP COLUMN waybill_number;
      ALTER TABLE sub_order DROP COLUMN carrier;
      ALTER TABLE sub_order DROP COLUMN position;
      DROP INDEX purchase_order_number;
      ALTER TABLE purchase_order DROP COLUMN order_number;
      DROP TABLE order_number_counter;
    `);
  }
}
