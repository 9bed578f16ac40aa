import { describe, expect, it } from "vitest";
import { DataSource } from "typeorm";
import { migrations } from "../../server/src/db/data-source";
import { LedgerNoteKeys1763900000016 } from "../../server/src/db/migrations/1763900000016-LedgerNoteKeys";
import { startEmbeddedDatabase } from "../../server/src/db/embedded";
import { createLogger } from "../../server/src/shared/logger";
import { LEDGER_NOTES, type LedgerNoteKey } from "../../server/src/modules/ledger/ledger.notes";
import { createTestDatabase } from "./harness";

/**
 * Migration 1763900000016 (LedgerNoteKeys) on a database migrated up to 015 that holds ledger
 * entries with every note text the system wrote before it ("中文 / English", with a record's name
 * or a reason after the prefixed ones): each must become its key with the right parameter, the
 * English the key renders must be the English the old text carried, and what people typed
 * (REPORTED, CORRECTION, free text on any entry) must stay as it was.
 */
const UP_TO_015 = migrations.slice(0, migrations.indexOf(LedgerNoteKeys1763900000016));

/** Old note → the key and parameters it must become. */
const CASES: [note: string, key: LedgerNoteKey, params: Record<string, string>][] = [
  ["订单确认 / order confirmed", "orderConfirmed", {}],
  ["订单取消 / order cancelled", "orderCancelled", {}],
  ["订单退款 / order refunded", "orderRefunded", {}],
  ["劳务协作就业 / placed in work", "placedInWork", {}],
  ["建档立卡贫困劳动力就业 / registered-poor placed in work", "poorPlacedInWork", {}],
  ["计入节点改为付款:未付款不计入 / counting point moved to payment: unpaid, not counted", "unpaidNotCounted", {}],
  ["扶贫车间 / workshop: 镇宁县六马镇扶贫车间", "workshop", { name: "镇宁县六马镇扶贫车间" }],
  ["培训 / training: 家政服务员培训(第 2 期)", "training", { title: "家政服务员培训(第 2 期)" }],
  ["签约项目终止 / signed project dropped: 青岛啤酒陇南分厂", "projectDropped", { project: "青岛啤酒陇南分厂" }],
  ["签约 / signed: 海尔智能家电 / 陇南基地", "projectSigned", { project: "海尔智能家电 / 陇南基地" }],
  ["到位资金 / funds in place: 康大兔业养殖", "fundsInPlace", { project: "康大兔业养殖" }],
  ["冲正 / reversal: 重复录入: 已在 3 月登记", "reversal", { reason: "重复录入: 已在 3 月登记" }],
  ["项目带贫 / lifted by project: 蜂蜜加工厂", "liftedByProject", { project: "蜂蜜加工厂" }],
];

/** Notes that must stay text: typed by people, or not one of the system's texts. */
const KEPT: [note: string | null, source: string][] = [
  ["订单确认 / order confirmed", "REPORTED"], // a person typed the same words on a reported figure
  ["冲正 / reversal: 录错了", "CORRECTION"],
  ["签约 / signed: 看起来像系统备注", "REPORTED"],
  ["订单确认", "ORDER_LINE"], // half a system text is not the system's text
  ["备注 / note: 手工", "ORDER_LINE"],
  [null, "ORDER_LINE"],
];

async function emptyDatabase(): Promise<{ url: string; extra: Record<string, unknown>; drop: () => Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) {
    const db = await createTestDatabase({ prefix: "xiezuo_m" });
    return { url: db.url, extra: {}, drop: db.drop };
  }
  const embedded = await startEmbeddedDatabase("memory", createLogger("silent"));
  return { url: embedded.url, extra: {}, drop: () => embedded.stop() };
}

describe("migration 1763900000016 (ledger notes → keys)", () => {
  it("turns every old system note into its key and parameter, and keeps what people typed", async () => {
    const { url, extra, drop } = await emptyDatabase();
    try {
      // One connection throughout (PGlite serves one session): migrations up to 015, the old rows, then 016
      // run as the migration runner runs it (in a transaction of its own).
      const db = await new DataSource({
        type: "postgres",
        url,
        migrations: UP_TO_015,
        migrationsTableName: "schema_migration",
        extra: { max: 1, ...extra },
      }).initialize();
      try {
        expect((await db.runMigrations({ transaction: "each" })).length).toBe(UP_TO_015.length);
        const columns = (
          await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'ledger_entry'`)
        ).map((c: { column_name: string }) => c.column_name);
        expect(columns).toContain("note");
        expect(columns).not.toContain("note_key"); // migrated up to 015, not beyond

        const [{ id: east }] = await db.query(
          `INSERT INTO region (code, name, short_name, side, level) VALUES ('370281', '胶州市', '胶州', 'EAST', 'COUNTY') RETURNING id`,
        );
        const [{ id: west }] = await db.query(
          `INSERT INTO region (code, name, short_name, side, level) VALUES ('520423', '镇宁布依族苗族自治县', '镇宁', 'WEST', 'COUNTY') RETURNING id`,
        );
        const [{ id: pairing }] = await db.query(
          `INSERT INTO pairing (east_region_id, west_region_id, kind, since) VALUES ($1, $2, 'EAST_WEST', '2021-01-01') RETURNING id`,
          [east, west],
        );
        const insert = async (note: string | null, source: string, correcting: string | null = null) =>
          (
            await db.query(
              `INSERT INTO ledger_entry (pairing_id, indicator, amount, occurred_on, source, note, corrects_id)
               VALUES ($1, 'CONSUMPTION_ASSISTANCE', 100, '2025-05-01', $2, $3, $4) RETURNING id`,
              [pairing, source, note, correcting],
            )
          )[0].id as string;
        const converted = new Map<string, (typeof CASES)[number]>();
        for (const c of CASES) converted.set(await insert(c[0], "ORDER_LINE"), c);
        const kept = new Map<string, string | null>();
        const first = [...converted.keys()][0];
        for (const [note, source] of KEPT)
          kept.set(await insert(note, source, source === "CORRECTION" ? first : null), note);

        const runner = db.createQueryRunner();
        await runner.startTransaction();
        try {
          await new LedgerNoteKeys1763900000016().up(runner);
          await runner.commitTransaction();
        } finally {
          await runner.release();
        }

        const rows: { id: string; note: string | null; note_key: string | null; note_params: unknown }[] =
          await db.query(`SELECT id, note, note_key, note_params FROM ledger_entry`);
        expect(rows).toHaveLength(CASES.length + KEPT.length);
        for (const r of rows) {
          const c = converted.get(r.id);
          if (c) {
            const [old, key, params] = c;
            expect({ old, note: r.note, key: r.note_key, params: r.note_params }).toEqual({
              old,
              note: null,
              key,
              params,
            });
            // The key says what the old text said: its English is the old text's English, to the letter.
            const rendered = (LEDGER_NOTES[key] as (p: Record<string, string>) => { en: string })(params);
            expect(rendered.en).toBe(old.slice(old.indexOf(" / ") + 3));
          } else {
            expect({ note: r.note, key: r.note_key, params: r.note_params }).toEqual({
              note: kept.get(r.id),
              key: null,
              params: null,
            });
          }
        }
        // The append-only trigger is on again after the backfill.
        await expect(db.query(`UPDATE ledger_entry SET amount = 1 WHERE id = $1`, [first])).rejects.toThrow(
          /append-only/,
        );
      } finally {
        await db.destroy();
      }
    } finally {
      await drop();
    }
  }, 120_000);
});
