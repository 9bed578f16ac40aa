import type { RequestContext } from "../shared/context";
import { findMostSpecificPairing } from "../modules/pairings/pairing.service";
import { EvidenceStatus } from "../modules/evidence/evidence.entity";
import { addEvidence, reviewEvidence } from "../modules/evidence/evidence.service";

/** A one-page PDF stand-in (the bytes start as a PDF does) and a 1×1 PNG: what a scan's upload looks like. */
const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * 佐证材料 demo data through the service, as the real users: on Jiaozhou–Zhenning's latest ledger
 * entries, a document uploaded by Jiaozhou's coordinator and verified, a photo uploaded by Zhenning's
 * official and rejected by Qingdao's coordinator, and one left pending.
 */
export async function loadEvidenceDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
): Promise<void> {
  const ctx = as("admin");
  const pairing = (await findMostSpecificPairing(ctx, await regionId("370281"), await regionId("520423")))!.id;
  const latest: { id: string }[] = await ctx.manager.query(
    `SELECT id FROM ledger_entry WHERE pairing_id = $1 ORDER BY occurred_on DESC, seq DESC LIMIT 3`,
    [pairing],
  );
  if (latest.length < 3) return;
  const verified = await addEvidence(as("jiaozhou"), {
    recordType: "LEDGER_ENTRY",
    recordId: latest[0].id,
    fileName: "胶协办拨付文件.pdf",
    content: pdf("jiaozhou transfer"),
  });
  await reviewEvidence(as("jiaozhou"), verified.id, EvidenceStatus.VERIFIED);
  const rejected = await addEvidence(as("zhenning"), {
    recordType: "LEDGER_ENTRY",
    recordId: latest[1].id,
    fileName: "现场照片.png",
    content: PNG,
  });
  await reviewEvidence(as("qingdao"), rejected.id, EvidenceStatus.REJECTED, "照片无法看清金额,请上传收据扫描件");
  await addEvidence(as("zhenning"), {
    recordType: "LEDGER_ENTRY",
    recordId: latest[2].id,
    fileName: "收据.pdf",
    content: pdf("receipt"),
  });
}
