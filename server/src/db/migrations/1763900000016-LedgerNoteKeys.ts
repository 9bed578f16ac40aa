import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Ledger notes the system writes are stored as a key and parameters (ledger/ledger.notes.ts), so
 * each request reads them in its own language; until now they were "中文 / English" text. The known
 * texts are moved into keys here (the text of a record's name or a reversal's reason becomes the
 * parameter); a note a person typed (reported figures, corrections) stays free text.
 *
 * The ledger is append-only by trigger: this one-time backfill of a new column's values is the only
 * change it allows, with the trigger off inside this migration's transaction.
 */
export class LedgerNoteKeys1763900000016 implements MigrationInterface {
  name = "LedgerNoteKeys1763900000016";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ledger_entry ADD COLUMN note_key text, ADD COLUMN note_params jsonb`);
    await q.query(`ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_append_only`);
    const exact: [text: string, key: string][] = [
      ["订单确认 / order confirmed", "orderConfirmed"],
      ["订单取消 / order cancelled", "orderCancelled"],
      ["订单退款 / order refunded", "orderRefunded"],
      ["劳务协作就业 / placed in work", "placedInWork"],
      ["建档立卡贫困劳动力就业 / registered-poor placed in work", "poorPlacedInWork"],
      ["计入节点改为付款:未付款不计入 / counting point moved to payment: unpaid, not counted", "unpaidNotCounted"],
    ];
    for (const [text, key] of exact)
      await q.query(
        `UPDATE ledger_entry SET note_key = $2, note_params = '{}'::jsonb, note = NULL
          WHERE note = $1 AND source NOT IN ('REPORTED', 'CORRECTION')`,
        [text, key],
      );
    // "前缀 / prefix: <value>": the value (a name or a reason someone typed) becomes the parameter.
    const prefixed: [prefix: string, key: string, param: string][] = [
      ["扶贫车间 / workshop: ", "workshop", "name"],
      ["培训 / training: ", "training", "title"],
      ["签约项目终止 / signed project dropped: ", "projectDropped", "project"],
      ["签约 / signed: ", "projectSigned", "project"],
      ["到位资金 / funds in place: ", "fundsInPlace", "project"],
      ["冲正 / reversal: ", "reversal", "reason"],
      ["项目带贫 / lifted by project: ", "liftedByProject", "project"],
    ];
    for (const [prefix, key, param] of prefixed)
      await q.query(
        `UPDATE ledger_entry
            SET note_key = $2, note_params = jsonb_build_object($3::text, substr(note, length($1) + 1)), note = NULL
          WHERE left(note, length($1)) = $1 AND source NOT IN ('REPORTED', 'CORRECTION')`,
        [prefix, key, param],
      );
    await q.query(`ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_append_only`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Keyed notes go back to the one-string form they had (the Chinese and English of each key).
    await q.query(`ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_append_only`);
    await q.query(`
      UPDATE ledger_entry SET note = CASE note_key
        WHEN 'orderConfirmed' THEN '订单确认 / order confirmed'
        WHEN 'orderCancelled' THEN '订单取消 / order cancelled'
        WHEN 'orderRefunded' THEN '订单退款 / order refunded'
        WHEN 'placedInWork' THEN '劳务协作就业 / placed in work'
        WHEN 'poorPlacedInWork' THEN '建档立卡贫困劳动力就业 / registered-poor placed in work'
        WHEN 'workshop' THEN '扶贫车间 / workshop: ' || (note_params->>'name')
        WHEN 'training' THEN '培训 / training: ' || (note_params->>'title')
        WHEN 'projectDropped' THEN '签约项目终止 / signed project dropped: ' || (note_params->>'project')
        WHEN 'projectSigned' THEN '签约 / signed: ' || (note_params->>'project')
        WHEN 'fundsInPlace' THEN '到位资金 / funds in place: ' || (note_params->>'project')
        WHEN 'reversal' THEN '冲正 / reversal: ' || (note_params->>'reason')
        WHEN 'liftedByProject' THEN '项目带贫 / lifted by project: ' || (note_params->>'project')
        WHEN 'unpaidNotCounted' THEN '计入节点改为付款:未付款不计入 / counting point moved to payment: unpaid, not counted'
        WHEN 'text' THEN (note_params->>'zh') || ' / ' || (note_params->>'en')
        ELSE note END
      WHERE note_key IS NOT NULL`);
    await q.query(`ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_append_only`);
    await q.query(`ALTER TABLE ledger_entry DROP COLUMN note_key, DROP COLUMN note_params`);
  }
}
