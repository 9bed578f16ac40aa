/**
 * Key material that a data migration needs and the database does not hold: set by `openDatabase`
 * from the server's config just before it runs the migrations (a migration class is built by
 * TypeORM with no arguments, and must not read the environment itself: tests and tools pass their
 * config, not the process's). Null until then; a migration that needs it and finds it null refuses.
 */
export const migrationSecrets: { piiSecret: string | null } = { piiSecret: null };
