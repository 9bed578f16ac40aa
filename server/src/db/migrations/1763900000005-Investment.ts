import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Investment cooperation (产业合作 / 招商引资): enterprises' leads, the projects that come of them
 * with every stage change kept as a dated row, site visits, funds in place as a ledger of tranches
 * (reversed by correcting entries, never updated) and dated outcome reports. The history tables
 * refuse UPDATE and DELETE, like the delivery ledger.
 */
export class Investment1763900000005 implements MigrationInterface {
  name = "Investment1763900000005";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- 招商线索: what an enterprise wants to invest in, and where.
      CREATE TABLE investment_lead (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        enterprise_id uuid NOT NULL REFERENCES enterprise(id),
        title text NOT NULL,
        industry text NOT NULL,
        planned_investment bigint NOT NULL CHECK (planned_investment > 0),
        needs_land boolean NOT NULL DEFAULT false,
        needs_labour boolean NOT NULL DEFAULT false,
        needs_raw_material boolean NOT NULL DEFAULT false,
        needs_note text,
        contact_name text,
        contact_phone text,
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'PREFERRED_COUNTIES')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX investment_lead_enterprise ON investment_lead (enterprise_id);

      -- The west counties an enterprise prefers as partners.
      CREATE TABLE investment_lead_county (
        lead_id uuid NOT NULL REFERENCES investment_lead(id) ON DELETE CASCADE,
        county_id uuid NOT NULL REFERENCES region(id),
        PRIMARY KEY (lead_id, county_id)
      );
      CREATE INDEX investment_lead_county_county ON investment_lead_county (county_id);

      -- 表达意向: a county official's interest in a lead, once per county.
      CREATE TABLE lead_interest (
        lead_id uuid NOT NULL REFERENCES investment_lead(id),
        county_id uuid NOT NULL REFERENCES region(id),
        expressed_by uuid REFERENCES app_user(id),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (lead_id, county_id)
      );

      -- 项目: a lead followed in one west county. pairing_id is the most specific pairing of
      -- (enterprise's home, county) when the project was created; null = unpaired. Its ledger
      -- entries all go there, so a +1 and its later -1 never land in two different pairings.
      CREATE TABLE investment_project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        lead_id uuid NOT NULL REFERENCES investment_lead(id),
        enterprise_id uuid NOT NULL REFERENCES enterprise(id),
        county_id uuid NOT NULL REFERENCES region(id),
        pairing_id uuid REFERENCES pairing(id),
        name text NOT NULL,
        planned_investment bigint NOT NULL CHECK (planned_investment > 0),
        stage text NOT NULL CHECK (stage IN ('LEAD', 'SITE_VISIT', 'NEGOTIATION', 'SIGNED', 'FUNDS_ARRIVING', 'IN_PRODUCTION', 'DROPPED')),
        stage_since date NOT NULL,
        contract_amount bigint CHECK (contract_amount > 0),
        signed_on date,
        dropped_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (lead_id, county_id),
        CHECK (stage NOT IN ('SIGNED', 'FUNDS_ARRIVING', 'IN_PRODUCTION') OR (contract_amount IS NOT NULL AND signed_on IS NOT NULL)),
        CHECK (stage <> 'DROPPED' OR dropped_reason IS NOT NULL)
      );
      CREATE INDEX investment_project_enterprise ON investment_project (enterprise_id);
      CREATE INDEX investment_project_county ON investment_project (county_id);

      -- Every stage change, dated; never overwritten (project.timeline).
      CREATE TABLE project_stage_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        project_id uuid NOT NULL REFERENCES investment_project(id),
        from_stage text,
        to_stage text NOT NULL,
        occurred_on date NOT NULL,
        note text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX project_stage_event_project ON project_stage_event (project_id, occurred_on);

      -- 到位资金: dated tranches with a reference; a reversal (冲正) is a negative row pointing at the
      -- tranche it reverses, at most one per tranche (UNIQUE reverses_id).
      CREATE TABLE fund_tranche (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        project_id uuid NOT NULL REFERENCES investment_project(id),
        amount bigint NOT NULL,
        received_on date NOT NULL,
        reference text NOT NULL,
        reverses_id uuid UNIQUE REFERENCES fund_tranche(id),
        reason text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((reverses_id IS NULL AND amount > 0) OR (reverses_id IS NOT NULL AND amount < 0 AND reason IS NOT NULL))
      );
      CREATE INDEX fund_tranche_project ON fund_tranche (project_id, received_on);
      -- A bank reference is recorded once per project (a retried submission is refused, not doubled).
      CREATE UNIQUE INDEX fund_tranche_reference ON fund_tranche (project_id, reference) WHERE reverses_id IS NULL;

      -- 项目成效: dated outcome reports; the latest is the current figure, the earlier ones the history.
      CREATE TABLE project_outcome_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        project_id uuid NOT NULL REFERENCES investment_project(id),
        reported_on date NOT NULL,
        jobs_created int NOT NULL CHECK (jobs_created >= 0),
        poor_employed int NOT NULL CHECK (poor_employed >= 0),
        people_lifted int NOT NULL CHECK (people_lifted >= 0),
        guaranteed_purchase_terms text,
        floor_price_per_tonne bigint CHECK (floor_price_per_tonne > 0),
        note text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX project_outcome_report_project ON project_outcome_report (project_id, reported_on);

      -- 考察对接: a delegation's visit. batches/enterprise_count let one row carry a reported total
      -- (the seeds' "65批次306家企业") beside the visits recorded one by one.
      CREATE TABLE site_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        east_region_id uuid NOT NULL REFERENCES region(id),
        delegation text NOT NULL,
        visited_on date NOT NULL,
        batches int NOT NULL DEFAULT 1 CHECK (batches >= 1),
        enterprise_count int NOT NULL CHECK (enterprise_count >= 0),
        note text,
        recorded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX site_visit_region ON site_visit (east_region_id, visited_on);
      CREATE TABLE site_visit_enterprise (
        visit_id uuid NOT NULL REFERENCES site_visit(id),
        enterprise_id uuid NOT NULL REFERENCES enterprise(id),
        PRIMARY KEY (visit_id, enterprise_id)
      );
      CREATE INDEX site_visit_enterprise_enterprise ON site_visit_enterprise (enterprise_id);
      CREATE TABLE site_visit_county (
        visit_id uuid NOT NULL REFERENCES site_visit(id),
        county_id uuid NOT NULL REFERENCES region(id),
        PRIMARY KEY (visit_id, county_id)
      );
      CREATE INDEX site_visit_county_county ON site_visit_county (county_id);
      CREATE TABLE site_visit_project (
        visit_id uuid NOT NULL REFERENCES site_visit(id),
        project_id uuid NOT NULL REFERENCES investment_project(id),
        PRIMARY KEY (visit_id, project_id)
      );
      CREATE INDEX site_visit_project_project ON site_visit_project (project_id);

      CREATE FUNCTION investment_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: record a new entry instead', TG_TABLE_NAME;
      END $$;
      CREATE TRIGGER project_stage_event_append_only BEFORE UPDATE OR DELETE ON project_stage_event
        FOR EACH ROW EXECUTE FUNCTION investment_history_append_only();
      CREATE TRIGGER fund_tranche_append_only BEFORE UPDATE OR DELETE ON fund_tranche
        FOR EACH ROW EXECUTE FUNCTION investment_history_append_only();
      CREATE TRIGGER project_outcome_report_append_only BEFORE UPDATE OR DELETE ON project_outcome_report
        FOR EACH ROW EXECUTE FUNCTION investment_history_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE site_visit_project; DROP TABLE site_visit_county; DROP TABLE site_visit_enterprise; DROP TABLE site_visit;
      DROP TABLE project_outcome_report; DROP TABLE fund_tranche; DROP TABLE project_stage_event;
      DROP FUNCTION investment_history_append_only();
      DROP TABLE investment_project; DROP TABLE lead_interest; DROP TABLE investment_lead_county; DROP TABLE investment_lead;
    `);
  }
}
