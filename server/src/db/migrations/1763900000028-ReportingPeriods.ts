import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 报送与审核 (docs/reporting.md): monthly reporting periods per pairing, their history, and the lock.
 * - `reporting_period`: one row per (pairing, month) once someone acts on it; a month without a row is OPEN.
 * - `reporting_period_action`: every step taken (who, when, the reason or the explanations), append-only.
 * - The lock lives at the ledger's one door: a BEFORE INSERT trigger on `ledger_entry` refuses an entry
 *   dated in an APPROVED period with SQLSTATE XZ001 and a DETAIL naming the period, the pairing and who
 *   approved it when (shared/db-errors.ts turns it into CONFLICT). No writer can forget it.
 * - `reporting_period_locked(pairing, date)`: the same test for the ledger's corrections, which are
 *   dated today when their original's month is locked (a function, so the ledger reads no table of ours).
 */
export class ReportingPeriods1763900000028 implements MigrationInterface {
  name = "ReportingPeriods1763900000028";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reporting_period (
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        month char(7) NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        state text NOT NULL CHECK (state IN ('OPEN', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REOPENED')),
        submitted_by uuid REFERENCES app_user(id),
        submitted_at timestamptz,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        reason text,
        explanations jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pairing_id, month)
      );
      CREATE INDEX reporting_period_month ON reporting_period (month);
      CREATE TABLE reporting_period_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        month char(7) NOT NULL,
        action text NOT NULL,
        from_state text NOT NULL,
        to_state text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        at timestamptz NOT NULL DEFAULT now(),
        reason text,
        explanations jsonb
      );
      CREATE INDEX reporting_period_action_period ON reporting_period_action (pairing_id, month, seq);

      CREATE FUNCTION reporting_period_locked(p uuid, d date) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM reporting_period rp
                        WHERE rp.pairing_id = p AND rp.month = to_char(d, 'YYYY-MM') AND rp.state = 'APPROVED')
      $$;

      CREATE FUNCTION ledger_entry_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER ledger_entry_period_lock BEFORE INSERT ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_entry_period_lock();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER ledger_entry_period_lock ON ledger_entry;
      DROP FUNCTION ledger_entry_period_lock();
      DROP FUNCTION reporting_period_locked(uuid, date);
      DROP TABLE reporting_period_action;
      DROP TABLE reporting_period;
    `);
  }
}
