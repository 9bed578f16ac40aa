import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tamper evidence (防篡改, issue 13; docs/integrity.md): the delivery ledger and the audit trail are
 * hash-chained. Rows are written as before (nothing waits on a chain head); a sealer links the rows
 * it can see, in `seq` order, under a transaction-level advisory lock that concurrent sealers skip.
 *
 * The links live in their own append-only table `chain_link` (the integrity module's), keyed by the
 * row's id, so `ledger_entry` and `audit_entry` stay exactly as append-only as they were:
 *   content_hash = sha256(canonical(row))            — every content column, length-prefixed
 *   hash         = sha256(prev_hash || content_hash)  — prev_hash is the previous link's hash
 * A changed column changes content_hash; a deleted row leaves a link with no row; a forged link
 * breaks the next link's prev_hash; a removed link leaves a gap in chain_pos.
 *
 * The canonical text and the sealer are written once, here, in SQL (`sha256(bytea)` is built into
 * PostgreSQL ≥ 11 and PGlite): the integrity module calls `integrity_seal(chain)` and
 * `integrity_verify_batch(chain, from, n)` and never names the owners' tables.
 */
export class HashChain1763900000030 implements MigrationInterface {
  name = "HashChain1763900000030";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One field of the canonical text: "~" for NULL, else "<octets>:<text>" (self-delimiting, so no two
      -- rows' field lists collide; NULL is distinct from the empty string "0:").
      CREATE FUNCTION chain_field(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(v)::text || ':' || v END
      $$;
      -- Timestamps in UTC with microseconds, whatever the session's TimeZone.
      CREATE FUNCTION chain_ts(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
      $$;

      -- Every column of ledger_entry, in a fixed order (a new column must be added here: the
      -- integrity test compares this list with the table's columns).
      CREATE FUNCTION ledger_entry_canonical(e ledger_entry) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT convert_to('ledger_entry/1|'
          || chain_field(e.id::text) || chain_field(e.seq::text) || chain_field(e.pairing_id::text)
          || chain_field(e.indicator) || chain_field(e.amount::text) || chain_field(to_char(e.occurred_on, 'YYYY-MM-DD'))
          || chain_field(e.source) || chain_field(e.source_id) || chain_field(e.source_document)
          || chain_field(e.note) || chain_field(e.corrects_id::text) || chain_field(e.recorded_by::text)
          || chain_field(chain_ts(e.recorded_at)) || chain_field(e.note_key) || chain_field(e.note_params::text),
          'UTF8')
      $$;
      CREATE FUNCTION audit_entry_canonical(e audit_entry) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT convert_to('audit_entry/1|'
          || chain_field(e.id::text) || chain_field(e.seq::text) || chain_field(e.actor_id::text)
          || chain_field(e.action) || chain_field(e.entity_type) || chain_field(e.entity_id)
          || chain_field(e.change::text) || chain_field(chain_ts(e.at)),
          'UTF8')
      $$;

      CREATE TABLE chain_link (
        chain text NOT NULL CHECK (chain IN ('ledger', 'audit')),
        chain_pos bigint NOT NULL CHECK (chain_pos > 0),
        row_id uuid NOT NULL,
        row_seq bigint NOT NULL,
        content_hash bytea NOT NULL,
        prev_hash bytea NOT NULL,
        hash bytea NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (chain, chain_pos),
        UNIQUE (chain, row_id)
      );
      CREATE FUNCTION chain_link_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'chain_link is append-only: a link, once sealed, is never changed or removed';
      END $$;
      CREATE TRIGGER chain_link_append_only BEFORE UPDATE OR DELETE ON chain_link
        FOR EACH ROW EXECUTE FUNCTION chain_link_append_only();
      CREATE TRIGGER chain_link_no_truncate BEFORE TRUNCATE ON chain_link
        FOR EACH STATEMENT EXECUTE FUNCTION chain_link_append_only();

      -- The sealer's window: rows with seq > low_seq are looked at on every run (an index range and an
      -- anti-join); low_seq moves up to the highest sealed seq of a run at least a minute old, so a row
      -- whose transaction committed late (a lower seq after higher ones) is still found. The daily run
      -- (mode 'sweep') looks at every seq.
      CREATE TABLE chain_state (
        chain text PRIMARY KEY,
        low_seq bigint NOT NULL DEFAULT 0,
        max_seq bigint NOT NULL DEFAULT 0,
        mark_seq bigint NOT NULL DEFAULT 0,
        mark_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      INSERT INTO chain_state (chain) VALUES ('ledger'), ('audit');

      -- The head at the end of each day (China time, UTC+8): the last link sealed that day. Logged by
      -- the daily run so it can be kept elsewhere; verify checks every one still matches its link.
      CREATE TABLE chain_day_head (
        chain text NOT NULL,
        day date NOT NULL,
        chain_pos bigint NOT NULL,
        hash bytea NOT NULL,
        PRIMARY KEY (chain, day)
      );

      CREATE FUNCTION integrity_seal(p_chain text, p_mode text DEFAULT 'fast') RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE
        tbl text;
        ts text;
        st chain_state;
        pos bigint;
        prev bytea;
        r record;
        n integer := 0;
        ids uuid[] := '{}';
        seqs bigint[] := '{}';
        contents bytea[] := '{}';
        prevs bytea[] := '{}';
        hashes bytea[] := '{}';
        top bigint;
      BEGIN
        tbl := CASE p_chain WHEN 'ledger' THEN 'ledger_entry' WHEN 'audit' THEN 'audit_entry' END;
        ts := CASE p_chain WHEN 'ledger' THEN 'recorded_at' ELSE 'at' END;
        IF tbl IS NULL THEN RAISE EXCEPTION 'unknown chain %', p_chain; END IF;
        IF p_mode NOT IN ('fast', 'sweep', 'all') THEN RAISE EXCEPTION 'unknown seal mode %', p_mode; END IF;
        -- Another sealer is at work on this chain: it will link what we would have; skip, never wait.
        IF NOT pg_try_advisory_xact_lock(hashtext('xiezuo.integrity'), hashtext(p_chain)) THEN RETURN -1; END IF;
        SELECT * INTO st FROM chain_state WHERE chain = p_chain;
        SELECT l.chain_pos, l.hash INTO pos, prev FROM chain_link l WHERE l.chain = p_chain
          ORDER BY l.chain_pos DESC LIMIT 1;
        IF pos IS NULL THEN pos := 0; prev := decode(repeat('00', 32), 'hex'); END IF;
        -- A row is sealed only while it is recent (its own timestamp, the transaction's start, within a
        -- day): a row slipped in later with an old date is left unsealed, and verify names it. 'all'
        -- (the migration, or \`npm run verify-chain -- --seal-all\` after an outage) takes every row.
        FOR r IN EXECUTE format(
          'SELECT e.id, e.seq, sha256(%I(e)) AS content FROM %I e
            WHERE e.seq > $1 AND ($3 OR e.%I >= clock_timestamp() - INTERVAL ''1 day'')
              AND NOT EXISTS (SELECT 1 FROM chain_link l WHERE l.chain = $2 AND l.row_id = e.id)
            ORDER BY e.seq', tbl || '_canonical', tbl, ts)
          USING CASE WHEN p_mode = 'fast' THEN st.low_seq ELSE 0 END, p_chain, p_mode = 'all'
        LOOP
          n := n + 1;
          ids := ids || r.id; seqs := seqs || r.seq; contents := contents || r.content; prevs := prevs || prev;
          prev := sha256(prev || r.content);
          hashes := hashes || prev;
          IF n % 10000 = 0 THEN
            INSERT INTO chain_link (chain, chain_pos, row_id, row_seq, content_hash, prev_hash, hash)
              SELECT p_chain, pos + k, ids[k], seqs[k], contents[k], prevs[k], hashes[k]
              FROM generate_subscripts(ids, 1) k;
            pos := pos + array_length(ids, 1);
            ids := '{}'; seqs := '{}'; contents := '{}'; prevs := '{}'; hashes := '{}';
          END IF;
        END LOOP;
        IF array_length(ids, 1) > 0 THEN
          INSERT INTO chain_link (chain, chain_pos, row_id, row_seq, content_hash, prev_hash, hash)
            SELECT p_chain, pos + k, ids[k], seqs[k], contents[k], prevs[k], hashes[k]
            FROM generate_subscripts(ids, 1) k;
          pos := pos + array_length(ids, 1);
        END IF;
        IF n > 0 THEN
          SELECT max(row_seq) INTO top FROM chain_link WHERE chain = p_chain AND chain_pos > pos - n;
          st.max_seq := greatest(st.max_seq, top);
          INSERT INTO chain_day_head (chain, day, chain_pos, hash)
            VALUES (p_chain, (clock_timestamp() AT TIME ZONE INTERVAL '+08:00')::date, pos, prev)
            ON CONFLICT (chain, day) DO UPDATE SET chain_pos = EXCLUDED.chain_pos, hash = EXCLUDED.hash;
        END IF;
        IF clock_timestamp() - st.mark_at > INTERVAL '60 seconds' THEN
          st.low_seq := greatest(st.low_seq, st.mark_seq);
          st.mark_seq := st.max_seq;
          st.mark_at := clock_timestamp();
        END IF;
        UPDATE chain_state SET low_seq = st.low_seq, max_seq = st.max_seq, mark_seq = st.mark_seq,
          mark_at = st.mark_at WHERE chain = p_chain;
        RETURN n;
      END $$;

      -- Checks the links p_from+1 … p_from+p_n (recomputing each row's canonical hash) and answers the
      -- first broken one, or a row with problem NULL: how many were checked and the last link's hash.
      CREATE FUNCTION integrity_verify_batch(p_chain text, p_from bigint, p_n integer)
      RETURNS TABLE (problem text, chain_pos bigint, row_id uuid, row_seq bigint, checked bigint, last_pos bigint, last_hash bytea)
      LANGUAGE plpgsql STABLE AS $$
      DECLARE
        tbl text;
      BEGIN
        tbl := CASE p_chain WHEN 'ledger' THEN 'ledger_entry' WHEN 'audit' THEN 'audit_entry' END;
        IF tbl IS NULL THEN RAISE EXCEPTION 'unknown chain %', p_chain; END IF;
        RETURN QUERY EXECUTE format($q$
          WITH l AS (
            SELECT l.chain_pos, l.row_id, l.row_seq, l.content_hash, l.prev_hash, l.hash,
              lag(l.hash) OVER w AS before_hash, lag(l.chain_pos) OVER w AS before_pos
            FROM chain_link l WHERE l.chain = $1 AND l.chain_pos >= $2 AND l.chain_pos <= $2 + $3
            WINDOW w AS (ORDER BY l.chain_pos)
          ), c AS (
            SELECT l.*, e.id AS present, e.seq AS seq, CASE WHEN e.id IS NULL THEN NULL ELSE sha256(%I(e)) END AS actual
            FROM l LEFT JOIN %I e ON e.id = l.row_id
            WHERE l.chain_pos > $2
          ), judged AS (
            SELECT c.chain_pos, c.row_id, c.row_seq,
              CASE
                WHEN c.chain_pos <> coalesce(c.before_pos, $2) + 1 THEN 'LINK_MISSING'
                WHEN c.prev_hash <> coalesce(c.before_hash, CASE WHEN $2 = 0 THEN decode(repeat('00', 32), 'hex') END)
                  THEN 'PREV_HASH_MISMATCH'
                WHEN c.hash <> sha256(c.prev_hash || c.content_hash) THEN 'LINK_HASH_MISMATCH'
                WHEN c.present IS NULL THEN 'ROW_MISSING'
                WHEN c.seq <> c.row_seq OR c.actual <> c.content_hash THEN 'CONTENT_CHANGED'
              END AS problem,
              c.hash
            FROM c
          ), first_bad AS (
            SELECT * FROM judged WHERE problem IS NOT NULL ORDER BY chain_pos LIMIT 1
          ), summary AS (
            SELECT count(*)::bigint AS checked, max(j.chain_pos) AS last_pos,
              (SELECT j2.hash FROM judged j2 ORDER BY j2.chain_pos DESC LIMIT 1) AS last_hash FROM judged j
          )
          SELECT f.problem, f.chain_pos, f.row_id, f.row_seq, s.checked, s.last_pos, s.last_hash
          FROM summary s LEFT JOIN first_bad f ON true
        $q$, tbl || '_canonical', tbl) USING p_chain, p_from, p_n;
      END $$;

      -- The oldest row no link covers, written before p_before (an unsealed row the sealer should
      -- long have linked: forged in, or its link removed with the last ones).
      CREATE FUNCTION integrity_unsealed(p_chain text, p_before timestamptz)
      RETURNS TABLE (row_id uuid, row_seq bigint, unsealed bigint)
      LANGUAGE plpgsql STABLE AS $$
      BEGIN
        IF p_chain = 'ledger' THEN
          RETURN QUERY SELECT (array_agg(e.id ORDER BY e.seq))[1], min(e.seq), count(*)
            FROM ledger_entry e WHERE e.recorded_at < p_before
              AND NOT EXISTS (SELECT 1 FROM chain_link l WHERE l.chain = p_chain AND l.row_id = e.id);
        ELSIF p_chain = 'audit' THEN
          RETURN QUERY SELECT (array_agg(e.id ORDER BY e.seq))[1], min(e.seq), count(*)
            FROM audit_entry e WHERE e.at < p_before
              AND NOT EXISTS (SELECT 1 FROM chain_link l WHERE l.chain = p_chain AND l.row_id = e.id);
        ELSE
          RAISE EXCEPTION 'unknown chain %', p_chain;
        END IF;
      END $$;

      -- Rows per chain (for the status page) without the module naming the owners' tables.
      CREATE FUNCTION integrity_row_count(p_chain text) RETURNS bigint LANGUAGE plpgsql STABLE AS $$
      DECLARE n bigint;
      BEGIN
        IF p_chain = 'ledger' THEN SELECT count(*) INTO n FROM ledger_entry;
        ELSIF p_chain = 'audit' THEN SELECT count(*) INTO n FROM audit_entry;
        ELSE RAISE EXCEPTION 'unknown chain %', p_chain; END IF;
        RETURN n;
      END $$;

      -- The rows already written are sealed now; nothing else writes during a migration, so the
      -- sealer's window can start above them.
      SELECT integrity_seal('ledger', 'all');
      SELECT integrity_seal('audit', 'all');
      UPDATE chain_state SET low_seq = max_seq, mark_seq = max_seq;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION integrity_row_count(text);
      DROP FUNCTION integrity_unsealed(text, timestamptz);
      DROP FUNCTION integrity_verify_batch(text, bigint, integer);
      DROP FUNCTION integrity_seal(text, text);
      DROP TABLE chain_day_head;
      DROP TABLE chain_state;
      DROP TABLE chain_link;
      DROP FUNCTION chain_link_append_only();
      DROP FUNCTION audit_entry_canonical(audit_entry);
      DROP FUNCTION ledger_entry_canonical(ledger_entry);
      DROP FUNCTION chain_ts(timestamptz);
      DROP FUNCTION chain_field(text);
    `);
  }
}
