import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reversals (冲正) dated when they are made: a reversal of a donation or a fund tranche whose
 * original's month was approved and locked kept the original's date on its own row while its ledger
 * entry went into the open period (appendDueEntry, `dueInLockedMonth`), so the lists, exports and
 * per-month figures read from those tables put it back in the locked month. From now on the row is
 * dated like its entry (openDayFor); this mends the rows made before: each such reversal takes its
 * own entry's date, with an audit entry saying so (actor: none, the migration). Fiscal reversals were
 * dated this way from the start (migration 32). Down puts the original's date back, audited alike.
 *
 * And the database refuses what the services no longer write: a donation or a fund tranche dated in an
 * approved month (migration 32's reporting_period_assert_open, as for the ledger and the fiscal
 * records: CONFLICT with the month's name), so no later way of writing these rows can put one there.
 *
 * Both tables are append-only by trigger (migrations 5 and 21): the trigger is set aside for the one
 * statement. A tranche's project's row in the pipeline tally (migration 42, kept by an insert trigger)
 * is made again, as its year may have changed, and its amount moves month in the funds summary
 * (migration 49).
 */
const MIGRATION = "ReversalsDatedWhenMade1763900000050";

const TABLES = [
  {
    table: "donation",
    trigger: "donation_append_only",
    source: "DONATION",
    entityType: "Donation",
    entity: "d.reverses_id",
  },
  {
    table: "fund_tranche",
    trigger: "fund_tranche_append_only",
    source: "FUND_TRANCHE",
    entityType: "InvestmentProject",
    entity: "d.project_id",
  },
] as const;

/**
 * A re-dated tranche's amount moved in 到位资金走势's summary (migration 49, kept by an insert trigger
 * only: tranches are append-only) from its old month to its new one; per key once, in key order.
 */
const FUNDS_MONTH_MOVED = `
       funds_month AS (
         INSERT INTO funds_in_place_month (home_region_id, county_id, month, amount)
         SELECT en.home_region_id, p.county_id, k.month, SUM(k.amount)::bigint
           FROM moved m
           JOIN investment_project p ON p.id = m.project_id
           JOIN enterprise en ON en.id = p.enterprise_id
          CROSS JOIN LATERAL (VALUES (date_trunc('month', m.before_on)::date, -m.amount),
                                     (date_trunc('month', m.after_on)::date, m.amount)) k(month, amount)
          GROUP BY 1, 2, 3 ORDER BY 3, 1, 2
         ON CONFLICT (month, home_region_id, county_id) DO UPDATE SET amount = funds_in_place_month.amount + EXCLUDED.amount),`;

/**
 * Reversal rows moved to `to` (SQL over the reversal `d`, its entry `l`, its original `o`) where `which`
 * holds; audited with the date before (`was`: the row as it stood) and after.
 */
async function redate(q: QueryRunner, to: string, which: string): Promise<void> {
  for (const t of TABLES) {
    await q.query(`ALTER TABLE ${t.table} DISABLE TRIGGER ${t.trigger}`);
    const moved: { project_id: string | null }[] = await q.query(
      `WITH moved AS (
         UPDATE ${t.table} d SET received_on = ${to}
           FROM ${t.table} was, ${t.table} o, ledger_entry l
          WHERE was.id = d.id AND o.id = d.reverses_id AND l.source = '${t.source}' AND l.source_id = d.id::text AND ${which}
         RETURNING d.id, ${t.entity} AS entity_id, ${t.table === "fund_tranche" ? "d.project_id" : "NULL::uuid AS project_id"},
                   d.amount, was.received_on AS before_on, d.received_on AS after_on),
       ${t.table === "fund_tranche" ? FUNDS_MONTH_MOVED : ""}
       audited AS (
         INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, change)
         SELECT NULL, 'REVERSAL_REDATED', '${t.entityType}', entity_id::text,
                jsonb_build_object('reversalId', id::text, 'migration', '${MIGRATION}',
                                   'before', jsonb_build_object('receivedOn', before_on::text),
                                   'after', jsonb_build_object('receivedOn', after_on::text))
           FROM moved)
       SELECT DISTINCT project_id FROM moved WHERE project_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE ${t.table} ENABLE TRIGGER ${t.trigger}`);
    if (moved.length)
      await q.query(`SELECT pipeline_refresh(p) FROM unnest($1::uuid[]) AS p`, [moved.map((m) => m.project_id)]);
  }
}

export class ReversalsDatedWhenMade1763900000050 implements MigrationInterface {
  name = MIGRATION;

  async up(q: QueryRunner): Promise<void> {
    // The entry went into the open period exactly when the original's month was locked.
    await redate(q, "l.occurred_on", `l.note_key = 'dueInLockedMonth' AND d.received_on <> l.occurred_on`);
    await q.query(`
      CREATE FUNCTION donation_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_period_assert_open(NEW.pairing_id, NEW.received_on);
        RETURN NEW;
      END $$;
      CREATE TRIGGER donation_period_lock BEFORE INSERT ON donation
        FOR EACH ROW EXECUTE FUNCTION donation_period_lock();

      -- A project with no pairing has no reporting period: nothing is found, nothing refused.
      CREATE FUNCTION fund_tranche_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_period_assert_open(
          (SELECT p.pairing_id FROM investment_project p WHERE p.id = NEW.project_id), NEW.received_on);
        RETURN NEW;
      END $$;
      CREATE TRIGGER fund_tranche_period_lock BEFORE INSERT ON fund_tranche
        FOR EACH ROW EXECUTE FUNCTION fund_tranche_period_lock();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER fund_tranche_period_lock ON fund_tranche;
      DROP FUNCTION fund_tranche_period_lock();
      DROP TRIGGER donation_period_lock ON donation;
      DROP FUNCTION donation_period_lock();
    `);
    await redate(q, "o.received_on", `d.received_on <> o.received_on`);
  }
}
