import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * `counting_point_held(lock_class, year, default_point)`: takes the year's counting lock shared and
 * then reads the year's counting point (計入节点), for a sub-order step sent as ONE statement (issue
 * 14: no BEGIN/COMMIT, modules/orders `transition`). The point must be read after the lock is held:
 * a change of the point (modules/counting, under the lock exclusive) committed while the step waited
 * must be seen, or the step would count under the old point after the recount passed it by. A
 * statement's own snapshot is taken when it starts, before the wait; a VOLATILE function takes a
 * fresh snapshot for each query it runs, so the SELECT here, run after the lock, sees that change.
 * The lock class and the default point are the counting module's (passed in, kept in one place).
 * plpgsql only: runs on PostgreSQL and on PGlite.
 */
export class CountingPointHeld1763900000047 implements MigrationInterface {
  name = "CountingPointHeld1763900000047";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION counting_point_held(lock_class int, for_year int, default_point text) RETURNS text
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(lock_class, for_year);
        RETURN COALESCE((SELECT r.counts_from FROM counting_rule r WHERE r.year = for_year), default_point);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION counting_point_held(int, int, text)`);
  }
}
