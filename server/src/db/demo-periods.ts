import type { RequestContext } from "../shared/context";
import { currentYear, today } from "../shared/dates";
import { orThrow } from "../shared/outcomes";
import { findMostSpecificPairing } from "../modules/pairings/pairing.service";
import { ReportingAction } from "../modules/periods/period.entity";
import { periodFindings, takePeriodStep } from "../modules/periods/period.service";

/**
 * 报送与审核 demo (docs/reporting.md), through the service as the real users: Zhenning's official has
 * submitted January to April of this year for 胶州—镇宁 (explaining whatever the data-quality rules
 * find); Jiaozhou's coordinator has approved February (locked), January, March and April await
 * approval, May is open: the board shows approved, submitted and open months. Only months that have
 * ended are submitted or approved. Not January: the talent module dates each later year's count of a
 * posting on 1 January, so a locked January would refuse every posting into 镇宁 begun in an earlier
 * year (docs/reporting.md). Other modules' tests write no figure dated in February for this pairing.
 */
export async function loadPeriodsDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
): Promise<void> {
  const zhenning = as("zhenning");
  const jiaozhou = as("jiaozhou");
  const pairing = await findMostSpecificPairing(zhenning, await regionId("370281"), await regionId("520423"));
  if (!pairing) return;
  const year = currentYear();
  // Only months that have ended can be submitted: early in a year the demo has fewer.
  const ended = Number(today().slice(5, 7)) - 1;
  for (let m = 1; m <= Math.min(4, ended); m++) {
    const month = `${year}-${String(m).padStart(2, "0")}`;
    const findings = await periodFindings(zhenning, { pairingId: pairing.id, month });
    orThrow(
      await takePeriodStep(zhenning, ReportingAction.SUBMIT, {
        pairingId: pairing.id,
        month,
        explanations: findings.map((f) => ({ key: f.key, text: "已核对原始凭证,数据属实" })),
      }),
    );
    if (m === 2) orThrow(await takePeriodStep(jiaozhou, ReportingAction.APPROVE, { pairingId: pairing.id, month }));
  }
}
