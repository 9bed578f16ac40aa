import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A summary of funds in place per month for 到位资金走势 (fundsInPlaceSeries; issue 14: a board reads a
 * small summary, not the year's tranches in scope). The series sums tranches (net of reversals, each
 * dated by its own row: since migration 50, a reversal of a locked month's tranche on the day it was
 * made) by the month received, in the caller's project scope; that scope is
 * the enterprise's home region (coordinators) or the project's west county (county officials), the
 * same key as pipeline_tally (migration 42), so the rows are per (home region, county, month):
 * O(keys × months) whatever the number of tranches. pipeline_tally holds funds per year only.
 *
 * Kept by triggers in the same transaction as each write: a tranche adds its amount to its month
 * (tranches are append-only, migration 5); a project moving to another enterprise or county, and an
 * enterprise moving its home region, move their tranches' sums from the old key to the new one. A
 * project is deleted only without tranches (fund_tranche's foreign key), so a delete changes nothing.
 * Rows a move leaves at zero stay (the series sums them to nothing). Derived data, so
 * INVARIANTS.fundsInPlaceMonth holds it equal to the tranches.
 */
export class FundsInPlaceMonth1763900000049 implements MigrationInterface {
  name = "FundsInPlaceMonth1763900000049";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE funds_in_place_month (
        home_region_id uuid NOT NULL REFERENCES region(id),
        county_id uuid NOT NULL REFERENCES region(id),
        month date NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
        amount bigint NOT NULL,
        PRIMARY KEY (month, home_region_id, county_id)
      );
      -- A county official's series: its county subtree's rows of the year's months.
      CREATE INDEX funds_in_place_month_county ON funds_in_place_month (county_id, month);

      -- Each (home, county, month) once per statement and in key order, so that two writers whose
      -- rows overlap lock them in the same order (no deadlock) and ON CONFLICT never meets a row twice.
      CREATE FUNCTION funds_in_place_tranche() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO funds_in_place_month (home_region_id, county_id, month, amount)
        SELECT en.home_region_id, p.county_id, date_trunc('month', NEW.received_on)::date, NEW.amount
          FROM investment_project p JOIN enterprise en ON en.id = p.enterprise_id
         WHERE p.id = NEW.project_id
        ON CONFLICT (month, home_region_id, county_id) DO UPDATE SET amount = funds_in_place_month.amount + EXCLUDED.amount;
        RETURN NULL;
      END $$;
      CREATE TRIGGER funds_in_place_month AFTER INSERT ON fund_tranche FOR EACH ROW EXECUTE FUNCTION funds_in_place_tranche();

      -- The project's tranches taken from (its old enterprise's home, its old county) and added to the new.
      CREATE FUNCTION funds_in_place_project_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO funds_in_place_month (home_region_id, county_id, month, amount)
        SELECT k.home_region_id, k.county_id, date_trunc('month', t.received_on)::date, SUM(k.sign * t.amount)::bigint
          FROM fund_tranche t
         CROSS JOIN (SELECT en.home_region_id, OLD.county_id AS county_id, -1 AS sign FROM enterprise en WHERE en.id = OLD.enterprise_id
                     UNION ALL
                     SELECT en.home_region_id, NEW.county_id, 1 FROM enterprise en WHERE en.id = NEW.enterprise_id) k
         WHERE t.project_id = NEW.id
         GROUP BY 1, 2, 3 ORDER BY 3, 1, 2
        ON CONFLICT (month, home_region_id, county_id) DO UPDATE SET amount = funds_in_place_month.amount + EXCLUDED.amount;
        RETURN NULL;
      END $$;
      CREATE TRIGGER funds_in_place_month AFTER UPDATE OF enterprise_id, county_id ON investment_project FOR EACH ROW
        WHEN (OLD.enterprise_id IS DISTINCT FROM NEW.enterprise_id OR OLD.county_id IS DISTINCT FROM NEW.county_id)
        EXECUTE FUNCTION funds_in_place_project_change();

      -- The enterprise's projects' tranches taken from its old home region and added to the new one.
      CREATE FUNCTION funds_in_place_enterprise_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO funds_in_place_month (home_region_id, county_id, month, amount)
        SELECT k.home_region_id, p.county_id, date_trunc('month', t.received_on)::date, SUM(k.sign * t.amount)::bigint
          FROM investment_project p JOIN fund_tranche t ON t.project_id = p.id
         CROSS JOIN (VALUES (OLD.home_region_id, -1), (NEW.home_region_id, 1)) k(home_region_id, sign)
         WHERE p.enterprise_id = NEW.id
         GROUP BY 1, 2, 3 ORDER BY 3, 1, 2
        ON CONFLICT (month, home_region_id, county_id) DO UPDATE SET amount = funds_in_place_month.amount + EXCLUDED.amount;
        RETURN NULL;
      END $$;
      CREATE TRIGGER funds_in_place_month AFTER UPDATE OF home_region_id ON enterprise FOR EACH ROW
        WHEN (OLD.home_region_id IS DISTINCT FROM NEW.home_region_id) EXECUTE FUNCTION funds_in_place_enterprise_change();
    `);
    await q.query(FUNDS_IN_PLACE_MONTH_BACKFILL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER funds_in_place_month ON enterprise;
      DROP TRIGGER funds_in_place_month ON investment_project;
      DROP TRIGGER funds_in_place_month ON fund_tranche;
      DROP FUNCTION funds_in_place_enterprise_change();
      DROP FUNCTION funds_in_place_project_change();
      DROP FUNCTION funds_in_place_tranche();
      DROP TABLE funds_in_place_month;
    `);
  }
}

/** Every tranche at once, set-based (the migration's backfill; data.mjs's bulk load runs it with the trigger off). */
export const FUNDS_IN_PLACE_MONTH_BACKFILL = `
  INSERT INTO funds_in_place_month (home_region_id, county_id, month, amount)
  SELECT en.home_region_id, p.county_id, date_trunc('month', t.received_on)::date, SUM(t.amount)::bigint
    FROM fund_tranche t JOIN investment_project p ON p.id = t.project_id JOIN enterprise en ON en.id = p.enterprise_id
   GROUP BY 1, 2, 3`;
