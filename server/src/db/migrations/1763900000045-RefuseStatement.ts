import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * `refuse_statement(answer)`: fails the statement that calls it, with `answer` (JSON) as the error's
 * DETAIL and SQLSTATE XZ001. A mutation whose whole transaction is one statement (issue 14: the
 * placement) is sent without BEGIN and COMMIT — PostgreSQL runs a lone statement as a transaction of
 * its own — and, when its answer says it must not stand (short of stock, a concurrent retry of the
 * same key), calls this in its final SELECT: everything the statement wrote (the day's order
 * number, the stock) is rolled back, and the server reads the answer from the error
 * (shared/context.ts `refusedWith`). plpgsql only: runs on PostgreSQL and on PGlite.
 */
export class RefuseStatement1763900000045 implements MigrationInterface {
  name = "RefuseStatement1763900000045";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION refuse_statement(answer json) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION 'statement refused' USING ERRCODE = 'XZ001', DETAIL = answer::text;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION refuse_statement(json)`);
  }
}
