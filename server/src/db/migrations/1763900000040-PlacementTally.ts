import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A summary of placements for the labour retention board (稳岗率, issue 14: a board costs at most 2×
 * a read of a small summary table, whatever the number of placements). Per west county and the year
 * a placement was made: placements never employed (grain 'N', period 1 January), the employed per
 * month of employment (grain 'M') and per day of employment (grain 'D'), with how many of them are
 * stable, have left, and were retained (had not left before their six months were up). Whether a
 * placement is due by today is a prefix of employment days (employed_on + 6 months ≤ today), so the
 * board reads whole months from 'M' and only the one month the cut falls in from 'D': ≤ 1 + 12 + 31
 * rows per county and year instead of every placement. Kept by a trigger on placement in the
 * same transaction as each write (a change takes the old row's part away and adds the new one's);
 * derived data, so INVARIANTS.placementTally holds it equal to the placements.
 */
export class PlacementTally1763900000040 implements MigrationInterface {
  name = "PlacementTally1763900000040";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placement_tally (
        county_id uuid NOT NULL REFERENCES region(id),
        year int NOT NULL,
        grain char(1) NOT NULL CHECK (grain IN ('N', 'M', 'D')),
        period date NOT NULL,
        placed int NOT NULL,
        employed int NOT NULL,
        stable int NOT NULL,
        "left" int NOT NULL,
        retained int NOT NULL,
        PRIMARY KEY (county_id, year, grain, period)
      );

      -- One placement's part (sign +1 or -1) in its rows of the tally.
      CREATE FUNCTION placement_tally_add(p placement, sign int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO placement_tally (county_id, year, grain, period, placed, employed, stable, "left", retained)
        SELECT p.county_id, EXTRACT(YEAR FROM p.placed_on)::int, g.grain, g.period, sign,
               sign * (p.employed_on IS NOT NULL)::int, sign * (p.stable_on IS NOT NULL)::int,
               sign * (p.left_on IS NOT NULL)::int,
               sign * (p.employed_on IS NOT NULL AND (p.left_on IS NULL OR p.left_on >= p.employed_on + interval '6 months'))::int
          FROM (VALUES ('N', make_date(EXTRACT(YEAR FROM p.placed_on)::int, 1, 1)),
                       ('M', date_trunc('month', p.employed_on)::date),
                       ('D', p.employed_on)) g(grain, period)
         WHERE (g.grain = 'N') = (p.employed_on IS NULL)
        ON CONFLICT (county_id, year, grain, period) DO UPDATE SET
          placed = placement_tally.placed + EXCLUDED.placed, employed = placement_tally.employed + EXCLUDED.employed,
          stable = placement_tally.stable + EXCLUDED.stable, "left" = placement_tally."left" + EXCLUDED."left",
          retained = placement_tally.retained + EXCLUDED.retained
      $$;

      CREATE FUNCTION placement_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM placement_tally_add(OLD, -1); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM placement_tally_add(NEW, 1); END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER placement_tally AFTER INSERT OR DELETE OR UPDATE OF county_id, placed_on, employed_on, stable_on, left_on ON placement
        FOR EACH ROW EXECUTE FUNCTION placement_tally_change();

      SELECT placement_tally_add(p, 1) FROM placement p;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER placement_tally ON placement;
      DROP FUNCTION placement_tally_change();
      DROP FUNCTION placement_tally_add(placement, int);
      DROP TABLE placement_tally;
    `);
  }
}
