import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The foundation: regions (GB/T 2260) with a closure table for roll-ups, pairings, yearly
 * agreements, the append-only delivery ledger, users and sessions, and the audit trail.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = "Foundation1763900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code char(6) NOT NULL UNIQUE CHECK (code ~ '^[0-9]{6}$'),
        name text NOT NULL,
        short_name text NOT NULL,
        side text NOT NULL CHECK (side IN ('EAST', 'WEST')),
        level text NOT NULL CHECK (level IN ('PROVINCE', 'PREFECTURE', 'COUNTY')),
        parent_id uuid REFERENCES region(id)
      );
      CREATE INDEX region_parent ON region (parent_id);

      -- Every (ancestor, descendant) pair including (r, r) at depth 0: roll-ups are joins, not recursion.
      CREATE TABLE region_closure (
        ancestor_id uuid NOT NULL REFERENCES region(id),
        descendant_id uuid NOT NULL REFERENCES region(id),
        depth int NOT NULL CHECK (depth >= 0),
        PRIMARY KEY (ancestor_id, descendant_id)
      );
      CREATE INDEX region_closure_descendant ON region_closure (descendant_id);

      CREATE TABLE pairing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        east_region_id uuid NOT NULL REFERENCES region(id),
        west_region_id uuid NOT NULL REFERENCES region(id),
        kind text NOT NULL CHECK (kind IN ('EAST_WEST', 'WITHIN_PROVINCE')),
        since date NOT NULL,
        -- The most specific other pairing that encloses this one (Qingdao–Anshun for Jiaozhou–Zhenning).
        parent_id uuid REFERENCES pairing(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (east_region_id, west_region_id),
        CHECK (east_region_id <> west_region_id)
      );
      CREATE INDEX pairing_west ON pairing (west_region_id);
      CREATE INDEX pairing_parent ON pairing (parent_id);

      CREATE TABLE agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        signed_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (pairing_id, year)
      );

      CREATE TABLE agreement_target (
        agreement_id uuid NOT NULL REFERENCES agreement(id),
        indicator text NOT NULL,
        target bigint NOT NULL CHECK (target >= 0),
        PRIMARY KEY (agreement_id, indicator)
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'COUNTY_OFFICIAL', 'BUYER', 'ENTERPRISE')),
        region_id uuid REFERENCES region(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role NOT IN ('COORDINATOR', 'COUNTY_OFFICIAL') OR region_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX app_user_username ON app_user (lower(username));

      -- Only a keyed hash of each token is stored: a copy of this table signs nobody in.
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX user_session_user ON user_session (user_id);

      -- The delivery ledger: the one place progress comes from. Append-only.
      CREATE TABLE ledger_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        pairing_id uuid NOT NULL REFERENCES pairing(id),
        indicator text NOT NULL,
        amount bigint NOT NULL,
        occurred_on date NOT NULL,
        source text NOT NULL,
        source_id text,
        source_document text,
        note text,
        corrects_id uuid REFERENCES ledger_entry(id),
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (source <> 'CORRECTION' OR corrects_id IS NOT NULL)
      );
      CREATE INDEX ledger_entry_pairing_indicator_date ON ledger_entry (pairing_id, indicator, occurred_on);
      CREATE INDEX ledger_entry_corrects ON ledger_entry (corrects_id) WHERE corrects_id IS NOT NULL;
      CREATE INDEX ledger_entry_source ON ledger_entry (source, source_id) WHERE source_id IS NOT NULL;

      CREATE FUNCTION ledger_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_entry is append-only: record a correction instead';
      END $$;
      CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only();

      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        actor_id uuid REFERENCES app_user(id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        change jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);
      CREATE INDEX audit_entry_actor ON audit_entry (actor_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_entry; DROP TABLE ledger_entry; DROP FUNCTION ledger_entry_append_only();
      DROP TABLE user_session; DROP TABLE app_user; DROP TABLE agreement_target; DROP TABLE agreement;
      DROP TABLE pairing; DROP TABLE region_closure; DROP TABLE region;
    `);
  }
}
