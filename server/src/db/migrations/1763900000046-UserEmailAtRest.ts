import type { MigrationInterface, QueryRunner } from "typeorm";
import { maskEmail } from "../../shared/pii";
import { decryptPiiColumn, encryptPiiColumn, type PiiColumn } from "../pii-columns";

/**
 * An account's e-mail address (035, for reminders by mail) becomes personal data at rest, as the
 * contact phones did in 018 and 025: `app_user.email` (plain text) is replaced by `email_enc` and
 * `email_masked` ("z***@example.com"). The trail already kept masks only (USER_EMAIL_CHANGED); any
 * plain address found there is masked too. The plain column's length CHECK goes with it: the service
 * checks the shape before encrypting.
 */
const COLUMN: PiiColumn = {
  migration: "UserEmailAtRest1763900000046",
  table: "app_user",
  column: "email",
  entityType: "User",
  auditKey: "email",
  mask: maskEmail,
};

export class UserEmailAtRest1763900000046 implements MigrationInterface {
  name = "UserEmailAtRest1763900000046";

  async up(q: QueryRunner): Promise<void> {
    await encryptPiiColumn(q, COLUMN);
  }

  async down(q: QueryRunner): Promise<void> {
    await decryptPiiColumn(q, COLUMN);
  }
}
