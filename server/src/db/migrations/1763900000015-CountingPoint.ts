import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 计入节点 and 预留份额申报 (issue 11, "Counting as the 832 platform counts").
 *
 * - `counting_rule`: per year, the sub-order state from which a purchase counts toward the buyer's
 *   year (CONFIRMED | PAID | RECEIVED). No row = PAID: the Ministry of Finance's 2021 notice says
 *   unpaid purchases do not count.
 * - `quota_counter.confirmed`: the second figure the buyer sees (已确认, countable amount of its
 *   sub-orders confirmed and not cancelled or refunded, whatever the counting point), kept by the same
 *   upsert as `counted`, so boards read both from the one small table.
 * - Existing data moves to PAID exactly: until now a sub-order counted from CONFIRMED, so the counters'
 *   `counted` is what was confirmed; the sub-orders that are CONFIRMED and not yet PAID are taken back
 *   from `counted`, and their consumption ledger entries reversed by appended −countable entries
 *   (source ORDER_LINE, like a cancellation: the ledger is append-only, a trigger refuses UPDATE and
 *   DELETE). Afterwards counters and ledger equal a recount from sub_order (tools/data-checks.ts).
 * - `reserved_share_floor`: the lowest rate a province allows for a year (default 10%, 财库〔2021〕20号).
 * - `reserved_share_declaration`: a buyer's own yearly declaration: canteen food budget × rate, or no
 *   canteen / outsourced / shared canteen, and an optional union (工会) share.
 */
export class CountingPoint1763900000015 implements MigrationInterface {
  name = "CountingPoint1763900000015";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE counting_rule (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        counts_from text NOT NULL CHECK (counts_from IN ('CONFIRMED', 'PAID', 'RECEIVED')),
        changed_by uuid REFERENCES app_user(id),
        changed_at timestamptz NOT NULL DEFAULT now()
      );

      ALTER TABLE quota_counter ADD COLUMN confirmed bigint NOT NULL DEFAULT 0;
      UPDATE quota_counter SET confirmed = counted;

      WITH unpaid AS (
        SELECT s.buyer_id, extract(year FROM o.ordered_on)::int AS year, s.west_county_id, o.channel, SUM(s.countable)::bigint AS amount
          FROM sub_order s JOIN purchase_order o ON o.id = s.order_id
         WHERE s.status = 'CONFIRMED' AND s.countable > 0
         GROUP BY 1, 2, 3, 4)
      UPDATE quota_counter c SET counted = c.counted - u.amount
        FROM unpaid u
       WHERE c.buyer_id = u.buyer_id AND c.year = u.year AND c.west_county_id = u.west_county_id AND c.channel = u.channel;

      INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, source_id, note)
      SELECT s.pairing_id, 'CONSUMPTION_ASSISTANCE', -s.countable, o.ordered_on, 'ORDER_LINE', s.id::text,
             '计入节点改为付款:未付款不计入 / counting point moved to payment: unpaid, not counted'
        FROM sub_order s JOIN purchase_order o ON o.id = s.order_id
       WHERE s.status = 'CONFIRMED' AND s.countable > 0 AND s.pairing_id IS NOT NULL
       ORDER BY s.seq;

      CREATE TABLE reserved_share_floor (
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        province_id uuid NOT NULL REFERENCES region(id),
        rate_bp int NOT NULL CHECK (rate_bp BETWEEN 1 AND 10000),
        PRIMARY KEY (year, province_id)
      );

      CREATE TABLE reserved_share_declaration (
        buyer_id uuid NOT NULL REFERENCES buyer(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        kind text NOT NULL CHECK (kind IN ('CANTEEN', 'NO_CANTEEN', 'OUTSOURCED_CANTEEN', 'SHARED_CANTEEN')),
        canteen_budget bigint CHECK (canteen_budget >= 0),
        rate_bp int CHECK (rate_bp BETWEEN 1 AND 10000),
        union_amount bigint CHECK (union_amount >= 0),
        declared_by uuid REFERENCES app_user(id),
        declared_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (buyer_id, year),
        CHECK ((kind = 'CANTEEN') = (canteen_budget IS NOT NULL AND rate_bp IS NOT NULL))
      );
      CREATE INDEX reserved_share_declaration_year ON reserved_share_declaration (year);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // Back to counting from CONFIRMED for every year: the ledger is append-only, so each sub-order's
    // order entries are brought to what it counts under CONFIRMED by one more entry where they differ.
    await q.query(`
      DROP TABLE reserved_share_declaration; DROP TABLE reserved_share_floor;
      INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, source_id, note)
      SELECT s.pairing_id, 'CONSUMPTION_ASSISTANCE',
             (CASE WHEN s.status IN ('CONFIRMED', 'PAID', 'SHIPPED', 'RECEIVED') THEN s.countable ELSE 0 END) - COALESCE(l.net, 0),
             o.ordered_on, 'ORDER_LINE', s.id::text, '计入节点改为确认 / counting point moved to confirmation'
        FROM sub_order s JOIN purchase_order o ON o.id = s.order_id
        LEFT JOIN (SELECT source_id, SUM(amount)::bigint AS net FROM ledger_entry WHERE source = 'ORDER_LINE' GROUP BY 1) l
          ON l.source_id = s.id::text
       WHERE s.pairing_id IS NOT NULL
         AND (CASE WHEN s.status IN ('CONFIRMED', 'PAID', 'SHIPPED', 'RECEIVED') THEN s.countable ELSE 0 END) <> COALESCE(l.net, 0)
       ORDER BY s.seq;
      UPDATE quota_counter SET counted = confirmed;
      ALTER TABLE quota_counter DROP COLUMN confirmed;
      DROP TABLE counting_rule;
    `);
  }
}
