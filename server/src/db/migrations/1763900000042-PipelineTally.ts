import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A summary of the investment pipeline for 招商引资看板 (issue 14: a board costs at most 2× a read of a
 * small summary table, whatever the number of projects). The board groups projects by the stage in
 * force on 31 December of any year, so a per-year tally would carry every later year too (a project
 * at NEGOTIATION stays there until it moves); instead each stage a project stood at is a span of
 * years [from_year, until_year) — the years whose 31 December it was in force (9999: still open;
 * IN_PRODUCTION and DROPPED only the year they began, as the board counts them) — with its facts
 * dated by year (fact_year): the project and its planned investment at from_year, the contract at
 * the year signed, each tranche at the year received (never earlier than from_year: `funds` counts
 * into every year from fact_year on, `funds_of_year` only into fact_year itself). The board for Y
 * sums the spans covering Y over facts dated ≤ Y: O(keys × stages × years) rows.
 *
 * `pipeline_part` is the view of each project's rows computed from the project, its events and
 * tranches, exactly as board.service's direct query reads them (the current stage from the project
 * row from the year of stage_since on, the events before that year); `pipeline_project_part`
 * keeps what each project last added, so a change takes exactly that away and adds the new rows
 * (a refresh is idempotent, so a statement touching a project several times is still right).
 * `pipeline_tally` sums the parts per (enterprise's home region, west county): a coordinator's
 * scope is by home region, a county official's by county. Kept by triggers in the same
 * transaction as each write; derived data, so INVARIANTS.pipelineTally holds it equal to the rows.
 */
export class PipelineTally1763900000042 implements MigrationInterface {
  name = "PipelineTally1763900000042";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One subquery per step, no CTE read twice, so that a refresh's "WHERE project_id = $1" is
      -- pushed down to the project's own rows (the window is partitioned by project).
      CREATE VIEW pipeline_part AS
      SELECT s.project_id, en.home_region_id, p.county_id, s.stage, s.from_year, s.until_year, f.fact_year,
             SUM(f.projects)::int AS projects, SUM(f.planned)::bigint AS planned, SUM(f.contracted)::bigint AS contracted,
             SUM(f.funds)::bigint AS funds, SUM(f.funds_of_year)::bigint AS funds_of_year
        FROM (SELECT e.project_id, e.stage, e.from_year,
                     CASE WHEN e.stage IN ('IN_PRODUCTION', 'DROPPED') THEN LEAST(e.until_year, e.from_year + 1) ELSE e.until_year END AS until_year
                FROM (SELECT ev.project_id, ev.to_stage AS stage, EXTRACT(YEAR FROM ev.occurred_on)::int AS from_year,
                             COALESCE(LEAD(EXTRACT(YEAR FROM ev.occurred_on)::int) OVER (PARTITION BY ev.project_id ORDER BY ev.occurred_on, ev.seq),
                                      EXTRACT(YEAR FROM pe.stage_since)::int) AS until_year
                        FROM project_stage_event ev JOIN investment_project pe ON pe.id = ev.project_id
                       WHERE ev.occurred_on < make_date(EXTRACT(YEAR FROM pe.stage_since)::int, 1, 1)) e
              UNION ALL
              SELECT pc.id, pc.stage, EXTRACT(YEAR FROM pc.stage_since)::int,
                     CASE WHEN pc.stage IN ('IN_PRODUCTION', 'DROPPED') THEN EXTRACT(YEAR FROM pc.stage_since)::int + 1 ELSE 9999 END
                FROM investment_project pc) s
        JOIN investment_project p ON p.id = s.project_id
        JOIN enterprise en ON en.id = p.enterprise_id
        CROSS JOIN LATERAL (
              SELECT s.from_year AS fact_year, 1 AS projects, p.planned_investment AS planned, 0::bigint AS contracted,
                     0::bigint AS funds, 0::bigint AS funds_of_year
              UNION ALL
              SELECT GREATEST(EXTRACT(YEAR FROM p.signed_on)::int, s.from_year), 0, 0, p.contract_amount, 0, 0
               WHERE p.signed_on IS NOT NULL AND EXTRACT(YEAR FROM p.signed_on)::int < s.until_year
              UNION ALL
              SELECT GREATEST(EXTRACT(YEAR FROM t.received_on)::int, s.from_year), 0, 0, 0, t.amount,
                     CASE WHEN EXTRACT(YEAR FROM t.received_on)::int >= s.from_year THEN t.amount ELSE 0 END
                FROM fund_tranche t
               WHERE t.project_id = s.project_id AND EXTRACT(YEAR FROM t.received_on)::int < s.until_year) f
       WHERE s.until_year > s.from_year
       GROUP BY s.project_id, en.home_region_id, p.county_id, s.stage, s.from_year, s.until_year, f.fact_year;

      CREATE TABLE pipeline_tally (
        home_region_id uuid NOT NULL REFERENCES region(id),
        county_id uuid NOT NULL REFERENCES region(id),
        stage text NOT NULL,
        from_year int NOT NULL,
        until_year int NOT NULL,
        fact_year int NOT NULL,
        projects int NOT NULL,
        planned bigint NOT NULL,
        contracted bigint NOT NULL,
        funds bigint NOT NULL,
        funds_of_year bigint NOT NULL,
        PRIMARY KEY (home_region_id, county_id, stage, from_year, until_year, fact_year)
      );
      CREATE INDEX pipeline_tally_county ON pipeline_tally (county_id);

      -- What each project last added to the tally: the same columns with the project's id first.
      CREATE TABLE pipeline_project_part (project_id uuid NOT NULL, LIKE pipeline_tally);
      ALTER TABLE pipeline_project_part ADD PRIMARY KEY (project_id, stage, from_year, until_year, fact_year);

      -- A project's rows in the tally made again from its current rows: what it added last time
      -- taken away, the new rows added (nothing once the project is gone). Two statements: the
      -- sub-statements of one run in no set order, and the new parts may have the old ones' keys.
      -- Rows upserted in key order, so two writers whose projects share rows lock them in the same order
      -- (no deadlock). Rows a change leaves at zero stay (the board sums them to nothing; bounded by keys ×
      -- stages × years²).
      CREATE FUNCTION pipeline_refresh(pid uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        WITH gone AS (DELETE FROM pipeline_project_part WHERE project_id = pid RETURNING *)
        INSERT INTO pipeline_tally
        SELECT home_region_id, county_id, stage, from_year, until_year, fact_year, -SUM(projects)::int, -SUM(planned)::bigint,
               -SUM(contracted)::bigint, -SUM(funds)::bigint, -SUM(funds_of_year)::bigint
          FROM gone GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (home_region_id, county_id, stage, from_year, until_year, fact_year) DO UPDATE SET
          projects = pipeline_tally.projects + EXCLUDED.projects, planned = pipeline_tally.planned + EXCLUDED.planned,
          contracted = pipeline_tally.contracted + EXCLUDED.contracted, funds = pipeline_tally.funds + EXCLUDED.funds,
          funds_of_year = pipeline_tally.funds_of_year + EXCLUDED.funds_of_year;
        WITH made AS (INSERT INTO pipeline_project_part SELECT * FROM pipeline_part WHERE project_id = pid RETURNING *)
        INSERT INTO pipeline_tally
        SELECT home_region_id, county_id, stage, from_year, until_year, fact_year, SUM(projects)::int, SUM(planned)::bigint,
               SUM(contracted)::bigint, SUM(funds)::bigint, SUM(funds_of_year)::bigint
          FROM made GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (home_region_id, county_id, stage, from_year, until_year, fact_year) DO UPDATE SET
          projects = pipeline_tally.projects + EXCLUDED.projects, planned = pipeline_tally.planned + EXCLUDED.planned,
          contracted = pipeline_tally.contracted + EXCLUDED.contracted, funds = pipeline_tally.funds + EXCLUDED.funds,
          funds_of_year = pipeline_tally.funds_of_year + EXCLUDED.funds_of_year;
      END $$;

      CREATE FUNCTION pipeline_project_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM pipeline_refresh(OLD.id); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM pipeline_refresh(NEW.id); END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER pipeline_tally AFTER INSERT OR DELETE OR UPDATE OF enterprise_id, county_id, planned_investment, stage, stage_since,
        contract_amount, signed_on ON investment_project FOR EACH ROW EXECUTE FUNCTION pipeline_project_change();

      -- Stage events and tranches are append-only (migration 5): an insert changes its project's rows.
      CREATE FUNCTION pipeline_project_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pipeline_refresh(NEW.project_id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER pipeline_tally AFTER INSERT ON project_stage_event FOR EACH ROW EXECUTE FUNCTION pipeline_project_row_change();
      CREATE TRIGGER pipeline_tally AFTER INSERT ON fund_tranche FOR EACH ROW EXECUTE FUNCTION pipeline_project_row_change();

      -- A coordinator's scope is by the enterprise's home region, part of the tally's key.
      CREATE FUNCTION pipeline_enterprise_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pipeline_refresh(p.id) FROM investment_project p WHERE p.enterprise_id = NEW.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER pipeline_tally AFTER UPDATE OF home_region_id ON enterprise
        FOR EACH ROW WHEN (OLD.home_region_id IS DISTINCT FROM NEW.home_region_id) EXECUTE FUNCTION pipeline_enterprise_change();
    `);
    await q.query(PIPELINE_PARTS_BACKFILL);
    await q.query(PIPELINE_TALLY_BACKFILL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER pipeline_tally ON enterprise;
      DROP TRIGGER pipeline_tally ON fund_tranche;
      DROP TRIGGER pipeline_tally ON project_stage_event;
      DROP TRIGGER pipeline_tally ON investment_project;
      DROP FUNCTION pipeline_enterprise_change();
      DROP FUNCTION pipeline_project_row_change();
      DROP FUNCTION pipeline_project_change();
      DROP FUNCTION pipeline_refresh(uuid);
      DROP TABLE pipeline_tally;
      DROP TABLE pipeline_project_part;
      DROP VIEW pipeline_part;
    `);
  }
}

/**
 * Every project's rows at once, set-based: the parts from the view, then the tally their sum (the
 * migration's backfill; data.mjs's bulk load runs the same two with the triggers off).
 */
export const PIPELINE_PARTS_BACKFILL = `INSERT INTO pipeline_project_part SELECT * FROM pipeline_part`;
export const PIPELINE_TALLY_BACKFILL = `
  INSERT INTO pipeline_tally
  SELECT home_region_id, county_id, stage, from_year, until_year, fact_year, SUM(projects)::int, SUM(planned)::bigint,
         SUM(contracted)::bigint, SUM(funds)::bigint, SUM(funds_of_year)::bigint
    FROM pipeline_project_part GROUP BY 1, 2, 3, 4, 5, 6`;
