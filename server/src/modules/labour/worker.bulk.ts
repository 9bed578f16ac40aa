import type { RequestContext } from "../../shared/context";
import { piiCipher } from "../../shared/pii";
import { maskIdNumber, maskMobile } from "./id-number";
import type { WorkerFacts } from "./worker.service";

/**
 * Workers in bulk, for the spreadsheet import (modules/imports): the same table and rules as
 * `putForwardWorker`, in one statement per thousand rows instead of one per row.
 */

/** The keyed hash of a normalised ID number: the natural key of a worker (never the number itself). */
export const workerKey = (ctx: RequestContext, idNumber: string) =>
  piiCipher(ctx.config.piiSecret).lookupHash(idNumber);

/** For each key already registered, the county of that worker: one query for the whole file. */
export async function workerCountiesByKey(ctx: RequestContext, keys: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 5000) {
    const rows: { id_number_hash: string; county_id: string }[] = await ctx.manager.query(
      `SELECT id_number_hash, county_id FROM worker WHERE id_number_hash = ANY($1::text[])`,
      [keys.slice(i, i + 5000)],
    );
    for (const r of rows) found.set(r.id_number_hash, r.county_id);
  }
  return found;
}

/**
 * Inserts the workers (already checked with `checkWorkerFields` and for the county's reach); a key
 * registered meanwhile is left as it is (ON CONFLICT DO NOTHING), so a repeated import writes
 * nothing. Returns how many rows were inserted.
 */
export async function insertWorkers(
  ctx: RequestContext,
  rows: { countyId: string; facts: WorkerFacts; registeredPoor: boolean }[],
): Promise<number> {
  const pii = piiCipher(ctx.config.piiSecret);
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const col = <T>(f: (r: (typeof chunk)[number]) => T) => chunk.map(f);
    const result: unknown[] = await ctx.manager.query(
      `INSERT INTO worker (county_id, name, sex, birth_year, id_number_enc, id_number_hash, id_number_masked,
                           phone_enc, phone_masked, registered_poor, skills, consent_given_on, put_forward_by)
       SELECT u.county_id, u.name, u.sex, u.birth_year, u.id_enc, u.id_hash, u.id_masked, u.phone_enc,
              u.phone_masked, u.poor, ARRAY(SELECT jsonb_array_elements_text(u.skills)), u.consent_on, $13
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::text[], $10::boolean[], $11::jsonb[], $12::date[])
           AS u(county_id, name, sex, birth_year, id_enc, id_hash, id_masked, phone_enc, phone_masked, poor,
                skills, consent_on)
       ON CONFLICT (id_number_hash) DO NOTHING
       RETURNING id`,
      [
        col((r) => r.countyId),
        col((r) => r.facts.name),
        col((r) => r.facts.sex),
        col((r) => r.facts.birthYear),
        col((r) => pii.encrypt(r.facts.idNumber)),
        col((r) => pii.lookupHash(r.facts.idNumber)),
        col((r) => maskIdNumber(r.facts.idNumber)),
        col((r) => pii.encrypt(r.facts.phone)),
        col((r) => maskMobile(r.facts.phone)),
        col((r) => r.registeredPoor),
        col((r) => JSON.stringify(r.facts.skills)),
        col((r) => r.facts.consentGivenOn),
        ctx.user?.id ?? null,
      ],
    );
    inserted += result.length;
  }
  return inserted;
}
