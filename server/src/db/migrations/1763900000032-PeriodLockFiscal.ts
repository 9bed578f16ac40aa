import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The period lock (docs/reporting.md) also covers the dated fiscal records that never reach the
 * ledger: 拨付 DISBURSED and 支出 SPENT transactions (and their reversals) and works-progress reports,
 * dated inside an APPROVED month of their project's pairing. One function raises the lock's error
 * (SQLSTATE XZ001 with the same JSON DETAIL, shared/db-errors.ts turns it into CONFLICT); the ledger's
 * trigger and the two new ones call it, so every door refuses the same way.
 */
export class PeriodLockFiscal1763900000032 implements MigrationInterface {
  name = "PeriodLockFiscal1763900000032";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION reporting_period_assert_open(p uuid, d date) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        r record;
      BEGIN
        SELECT rp.month, rp.decided_at, u.display_name AS approver,
               e.short_name || '—' || w.short_name AS pairing_name
          INTO r
          FROM reporting_period rp
          JOIN pairing pr ON pr.id = rp.pairing_id
          JOIN region e ON e.id = pr.east_region_id
          JOIN region w ON w.id = pr.west_region_id
          LEFT JOIN app_user u ON u.id = rp.decided_by
         WHERE rp.pairing_id = p AND rp.month = to_char(d, 'YYYY-MM') AND rp.state = 'APPROVED';
        IF FOUND THEN
          RAISE EXCEPTION 'reporting period locked' USING ERRCODE = 'XZ001',
            DETAIL = json_build_object(
              'month', r.month,
              'pairing', r.pairing_name,
              'approver', coalesce(r.approver, ''),
              'approvedAt', to_char(r.decided_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
            )::text;
        END IF;
      END $$;

      CREATE OR REPLACE FUNCTION ledger_entry_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_period_assert_open(NEW.pairing_id, NEW.occurred_on);
        RETURN NEW;
      END $$;

      CREATE FUNCTION fiscal_transaction_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.kind <> 'ALLOCATED' THEN
          PERFORM reporting_period_assert_open(
            (SELECT f.pairing_id FROM fiscal_project f WHERE f.id = NEW.project_id), NEW.occurred_on);
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fiscal_transaction_period_lock BEFORE INSERT ON fiscal_transaction
        FOR EACH ROW EXECUTE FUNCTION fiscal_transaction_period_lock();

      CREATE FUNCTION fiscal_progress_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_period_assert_open(
          (SELECT f.pairing_id FROM fiscal_project f WHERE f.id = NEW.project_id), NEW.reported_on);
        RETURN NEW;
      END $$;
      CREATE TRIGGER fiscal_progress_period_lock BEFORE INSERT ON fiscal_progress_report
        FOR EACH ROW EXECUTE FUNCTION fiscal_progress_period_lock();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER fiscal_progress_period_lock ON fiscal_progress_report;
      DROP FUNCTION fiscal_progress_period_lock();
      DROP TRIGGER fiscal_transaction_period_lock ON fiscal_transaction;
      DROP FUNCTION fiscal_transaction_period_lock();
      CREATE OR REPLACE FUNCTION ledger_entry_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r record;
      BEGIN
        SELECT rp.month, rp.decided_at, u.display_name AS approver,
               e.short_name || '—' || w.short_name AS pairing_name
          INTO r
          FROM reporting_period rp
          JOIN pairing p ON p.id = rp.pairing_id
          JOIN region e ON e.id = p.east_region_id
          JOIN region w ON w.id = p.west_region_id
          LEFT JOIN app_user u ON u.id = rp.decided_by
         WHERE rp.pairing_id = NEW.pairing_id AND rp.month = to_char(NEW.occurred_on, 'YYYY-MM')
           AND rp.state = 'APPROVED';
        IF FOUND THEN
          RAISE EXCEPTION 'reporting period locked' USING ERRCODE = 'XZ001',
            DETAIL = json_build_object(
              'month', r.month,
              'pairing', r.pairing_name,
              'approver', coalesce(r.approver, ''),
              'approvedAt', to_char(r.decided_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
            )::text;
        END IF;
        RETURN NEW;
      END $$;
      DROP FUNCTION reporting_period_assert_open(uuid, date);
    `);
  }
}
