import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The quota board from summary tables (issue 14: a board costs at most 2× a read of a small summary
 * table, whatever the number of buyers and orders). Before, each board request aggregated every buyer
 * and counter of the scope twice (the groups, then the sort for a page). Now:
 *
 * - `quota_standing`, per (buyer, year): the buyer's quota, counted and confirmed sums and its board
 *   rank (counted ÷ quota, exact, the board's order: quota.service.ts BOARD_ORDER), with the buyer's
 *   region, group and name copied so that one index serves a region's page in the board's order;
 * - `quota_tally`, per (east region, group, year, west county, channel): counted and confirmed —
 *   the board's groups, counties, channels and totals;
 * - `quota_group_tally`, per (east region, group, year): the sum of quotas, how many quotas and how
 *   many positive ones (the ranked buyers, which page before the rest);
 * - `quota_buyer_tally`, per (east region, group): how many buyers (the board counts every buyer in
 *   scope, with or without a quota or a purchase).
 *
 * Kept by row triggers on `quota_counter`, `quota` and `buyer`, like `ledger_daily` on the ledger:
 * in the same statement as each write, so no writer (order steps, refunds, recounts, quota changes,
 * imports, a repair by hand) can forget them. The integrity check `quotaStanding`
 * (tools/data-checks.ts) holds them equal to what they summarise.
 */
/**
 * The four summaries computed from what they summarise, set-based (they must be empty): the
 * migration's backfill, and the scale generator's (test/bench/data.mjs), which loads buyers,
 * counters and quotas by the hundred thousand with the row triggers off — per row they update the
 * same few tally rows hundreds of thousands of times in one transaction.
 */
export const QUOTA_SUMMARIES_BACKFILL = `
      INSERT INTO quota_buyer_tally (east_region_id, buyer_group, buyers)
      SELECT east_region_id, buyer_group, count(*) FROM buyer GROUP BY 1, 2;
      INSERT INTO quota_standing (buyer_id, year, east_region_id, buyer_group, name, quota, counted, confirmed)
      SELECT b.id, y.year, b.east_region_id, b.buyer_group, b.name, q.amount, COALESCE(c.counted, 0), COALESCE(c.confirmed, 0)
        FROM (SELECT buyer_id, year FROM quota UNION SELECT buyer_id, year FROM quota_counter) y
        JOIN buyer b ON b.id = y.buyer_id
        LEFT JOIN quota q ON q.buyer_id = y.buyer_id AND q.year = y.year
        LEFT JOIN (SELECT buyer_id, year, SUM(counted) AS counted, SUM(confirmed) AS confirmed FROM quota_counter GROUP BY 1, 2) c
          ON c.buyer_id = y.buyer_id AND c.year = y.year;
      INSERT INTO quota_tally (east_region_id, buyer_group, year, west_county_id, channel, counted, confirmed)
      SELECT b.east_region_id, b.buyer_group, c.year, c.west_county_id, c.channel, SUM(c.counted), SUM(c.confirmed)
        FROM quota_counter c JOIN buyer b ON b.id = c.buyer_id GROUP BY 1, 2, 3, 4, 5;
      INSERT INTO quota_group_tally (east_region_id, buyer_group, year, quotas, quota_rows, ranked)
      SELECT b.east_region_id, b.buyer_group, q.year, SUM(q.amount), count(*), count(*) FILTER (WHERE q.amount > 0)
        FROM quota q JOIN buyer b ON b.id = q.buyer_id GROUP BY 1, 2, 3;
`;

export class QuotaStanding1763900000038 implements MigrationInterface {
  name = "QuotaStanding1763900000038";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quota_standing (
        buyer_id uuid NOT NULL REFERENCES buyer(id),
        year int NOT NULL,
        east_region_id uuid NOT NULL REFERENCES region(id),
        buyer_group text NOT NULL,
        name text NOT NULL,
        quota bigint,
        counted bigint NOT NULL DEFAULT 0,
        confirmed bigint NOT NULL DEFAULT 0,
        -- counted ÷ quota compared exactly: both are integer fen below 10^16, so two different ratios
        -- differ by more than 10^-32 and the truncated quotient scaled by 10^40 tells them apart.
        rank numeric GENERATED ALWAYS AS (
          CASE WHEN quota > 0 THEN div(counted::numeric * 10000000000000000000000000000000000000000, quota::numeric) END
        ) STORED,
        PRIMARY KEY (buyer_id, year)
      );
      -- A region's ranked buyers in the board's order: a page reads the page's rows.
      CREATE INDEX quota_standing_board ON quota_standing (east_region_id, year, rank, name, buyer_id) WHERE quota > 0;

      CREATE TABLE quota_tally (
        east_region_id uuid NOT NULL REFERENCES region(id),
        buyer_group text NOT NULL,
        year int NOT NULL,
        west_county_id uuid NOT NULL REFERENCES region(id),
        channel text NOT NULL,
        counted bigint NOT NULL,
        confirmed bigint NOT NULL,
        PRIMARY KEY (east_region_id, year, buyer_group, west_county_id, channel)
      );
      CREATE TABLE quota_group_tally (
        east_region_id uuid NOT NULL REFERENCES region(id),
        buyer_group text NOT NULL,
        year int NOT NULL,
        quotas bigint NOT NULL,
        quota_rows int NOT NULL,
        ranked int NOT NULL,
        PRIMARY KEY (east_region_id, year, buyer_group)
      );
      CREATE TABLE quota_buyer_tally (
        east_region_id uuid NOT NULL REFERENCES region(id),
        buyer_group text NOT NULL,
        buyers int NOT NULL,
        PRIMARY KEY (east_region_id, buyer_group)
      );

      -- A change of a buyer's counters (counted and confirmed deltas) on its standing and its tally.
      CREATE FUNCTION quota_tally_add(p_buyer uuid, p_region uuid, p_group text, p_name text, p_year int,
                                      p_county uuid, p_channel text, p_counted bigint, p_confirmed bigint)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF p_counted = 0 AND p_confirmed = 0 THEN RETURN; END IF;
        INSERT INTO quota_standing (buyer_id, year, east_region_id, buyer_group, name, counted, confirmed)
        VALUES (p_buyer, p_year, p_region, p_group, p_name, p_counted, p_confirmed)
        ON CONFLICT (buyer_id, year) DO UPDATE
          SET counted = quota_standing.counted + EXCLUDED.counted, confirmed = quota_standing.confirmed + EXCLUDED.confirmed;
        INSERT INTO quota_tally (east_region_id, buyer_group, year, west_county_id, channel, counted, confirmed)
        VALUES (p_region, p_group, p_year, p_county, p_channel, p_counted, p_confirmed)
        ON CONFLICT (east_region_id, year, buyer_group, west_county_id, channel) DO UPDATE
          SET counted = quota_tally.counted + EXCLUDED.counted, confirmed = quota_tally.confirmed + EXCLUDED.confirmed;
      END $$;

      -- A buyer's quota for a year set (p_sign 1) or taken away (p_sign -1) on its standing and its group's tally.
      CREATE FUNCTION quota_group_add(p_buyer uuid, p_region uuid, p_group text, p_name text, p_year int,
                                      p_amount bigint, p_sign int)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO quota_standing (buyer_id, year, east_region_id, buyer_group, name, quota)
        VALUES (p_buyer, p_year, p_region, p_group, p_name, CASE WHEN p_sign > 0 THEN p_amount END)
        ON CONFLICT (buyer_id, year) DO UPDATE SET quota = EXCLUDED.quota;
        INSERT INTO quota_group_tally (east_region_id, buyer_group, year, quotas, quota_rows, ranked)
        VALUES (p_region, p_group, p_year, p_sign * p_amount, p_sign, CASE WHEN p_amount > 0 THEN p_sign ELSE 0 END)
        ON CONFLICT (east_region_id, year, buyer_group) DO UPDATE
          SET quotas = quota_group_tally.quotas + EXCLUDED.quotas, quota_rows = quota_group_tally.quota_rows + EXCLUDED.quota_rows,
              ranked = quota_group_tally.ranked + EXCLUDED.ranked;
      END $$;

      CREATE FUNCTION quota_counter_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE b buyer%ROWTYPE;
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.buyer_id = OLD.buyer_id AND NEW.year = OLD.year
           AND NEW.west_county_id = OLD.west_county_id AND NEW.channel = OLD.channel THEN
          SELECT * INTO b FROM buyer WHERE id = NEW.buyer_id;
          PERFORM quota_tally_add(b.id, b.east_region_id, b.buyer_group, b.name, NEW.year, NEW.west_county_id, NEW.channel,
                                  NEW.counted - OLD.counted, NEW.confirmed - OLD.confirmed);
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT * INTO b FROM buyer WHERE id = OLD.buyer_id;
          PERFORM quota_tally_add(b.id, b.east_region_id, b.buyer_group, b.name, OLD.year, OLD.west_county_id, OLD.channel,
                                  -OLD.counted, -OLD.confirmed);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT * INTO b FROM buyer WHERE id = NEW.buyer_id;
          PERFORM quota_tally_add(b.id, b.east_region_id, b.buyer_group, b.name, NEW.year, NEW.west_county_id, NEW.channel,
                                  NEW.counted, NEW.confirmed);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER quota_counter_tally AFTER INSERT OR UPDATE OR DELETE ON quota_counter
        FOR EACH ROW EXECUTE FUNCTION quota_counter_tally();

      CREATE FUNCTION quota_quota_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE b buyer%ROWTYPE;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT * INTO b FROM buyer WHERE id = OLD.buyer_id;
          PERFORM quota_group_add(b.id, b.east_region_id, b.buyer_group, b.name, OLD.year, OLD.amount, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT * INTO b FROM buyer WHERE id = NEW.buyer_id;
          PERFORM quota_group_add(b.id, b.east_region_id, b.buyer_group, b.name, NEW.year, NEW.amount, 1);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER quota_quota_tally AFTER INSERT OR UPDATE OF buyer_id, year, amount OR DELETE ON quota
        FOR EACH ROW EXECUTE FUNCTION quota_quota_tally();

      -- The app never renames, moves or removes a buyer; were it done (by hand, a later feature), the
      -- buyer's standings and tallies follow it here.
      CREATE FUNCTION quota_buyer_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r record;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.east_region_id = OLD.east_region_id AND NEW.buyer_group = OLD.buyer_group THEN
            UPDATE quota_standing SET name = NEW.name WHERE buyer_id = NEW.id AND name <> NEW.name;
            RETURN NULL;
          END IF;
          FOR r IN SELECT * FROM quota_counter WHERE buyer_id = OLD.id LOOP
            PERFORM quota_tally_add(OLD.id, OLD.east_region_id, OLD.buyer_group, OLD.name, r.year, r.west_county_id, r.channel,
                                    -r.counted, -r.confirmed);
          END LOOP;
          FOR r IN SELECT * FROM quota WHERE buyer_id = OLD.id LOOP
            PERFORM quota_group_add(OLD.id, OLD.east_region_id, OLD.buyer_group, OLD.name, r.year, r.amount, -1);
          END LOOP;
          UPDATE quota_standing SET east_region_id = NEW.east_region_id, buyer_group = NEW.buyer_group, name = NEW.name
           WHERE buyer_id = NEW.id;
          FOR r IN SELECT * FROM quota_counter WHERE buyer_id = NEW.id LOOP
            PERFORM quota_tally_add(NEW.id, NEW.east_region_id, NEW.buyer_group, NEW.name, r.year, r.west_county_id, r.channel,
                                    r.counted, r.confirmed);
          END LOOP;
          FOR r IN SELECT * FROM quota WHERE buyer_id = NEW.id LOOP
            PERFORM quota_group_add(NEW.id, NEW.east_region_id, NEW.buyer_group, NEW.name, r.year, r.amount, 1);
          END LOOP;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE quota_buyer_tally SET buyers = buyers - 1
           WHERE east_region_id = OLD.east_region_id AND buyer_group = OLD.buyer_group;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO quota_buyer_tally (east_region_id, buyer_group, buyers) VALUES (NEW.east_region_id, NEW.buyer_group, 1)
          ON CONFLICT (east_region_id, buyer_group) DO UPDATE SET buyers = quota_buyer_tally.buyers + 1;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER quota_buyer_tally AFTER INSERT OR UPDATE OF name, east_region_id, buyer_group OR DELETE ON buyer
        FOR EACH ROW EXECUTE FUNCTION quota_buyer_tally();

    `);
    // Backfill from what they summarise.
    await q.query(QUOTA_SUMMARIES_BACKFILL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER quota_buyer_tally ON buyer;
      DROP TRIGGER quota_quota_tally ON quota;
      DROP TRIGGER quota_counter_tally ON quota_counter;
      DROP FUNCTION quota_buyer_tally();
      DROP FUNCTION quota_quota_tally();
      DROP FUNCTION quota_counter_tally();
      DROP FUNCTION quota_group_add(uuid, uuid, text, text, int, bigint, int);
      DROP FUNCTION quota_tally_add(uuid, uuid, text, text, int, uuid, text, bigint, bigint);
      DROP TABLE quota_buyer_tally;
      DROP TABLE quota_group_tally;
      DROP TABLE quota_tally;
      DROP TABLE quota_standing;
    `);
  }
}
