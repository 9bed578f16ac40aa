import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Enterprises (企业): the companies of the east side that list investment leads and job postings,
 * and the link from an ENTERPRISE user to the one enterprise it acts for.
 *
 * Existing databases may already hold ENTERPRISE users (the demo `enterprise` user was created
 * before enterprises existed). They cannot be linked automatically (nothing says which company
 * they are), so the rule "an ENTERPRISE user acts for one enterprise" is added NOT VALID: it holds
 * for every user created or changed from now on, while the old rows keep signing in with an empty
 * scope (they see no enterprise, no lead) until an administrator links them
 * (`linkEnterpriseUser`). The migration therefore runs on any database.
 */
export class Enterprises1763900000004 implements MigrationInterface {
  name = "Enterprises1763900000004";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- 企业: unified social credit code (GB 32100) unique; home region an east region.
      CREATE TABLE enterprise (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        credit_code char(18) NOT NULL UNIQUE,
        home_region_id uuid NOT NULL REFERENCES region(id),
        industry text NOT NULL,
        contact_name text,
        contact_phone text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX enterprise_home_region ON enterprise (home_region_id);

      ALTER TABLE app_user ADD COLUMN enterprise_id uuid REFERENCES enterprise(id);
      ALTER TABLE app_user ADD CONSTRAINT app_user_enterprise CHECK (role <> 'ENTERPRISE' OR enterprise_id IS NOT NULL) NOT VALID;
      CREATE INDEX app_user_enterprise_id ON app_user (enterprise_id) WHERE enterprise_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user DROP CONSTRAINT app_user_enterprise;
      ALTER TABLE app_user DROP COLUMN enterprise_id;
      DROP TABLE enterprise;
    `);
  }
}
