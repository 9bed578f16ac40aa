import type { Request } from "express";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { today } from "../../shared/dates";
import { xlsxExport } from "../../shared/xlsx-export";
import { selfAssessmentDocx } from "./assessment.docx";
import { docxToPdf } from "./assessment.pdf";
import { assessmentPackage, parseAssessmentQuery } from "./assessment.service";
import { assessmentWorkbook } from "./assessment.xlsx";

/**
 * Who may download a pairing's assessment package: admins, coordinators (pairings of their east
 * region subtree) and county officials (their county's pairings); buyers and enterprises 403, a
 * pairing out of scope 404 (as the API's NOT_FOUND: we do not confirm it exists).
 */
const ROLES = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type ContextFor = (req: Request) => Promise<RequestContext>;

/** GET /exports/assessment.xlsx?pairingId=&year= — 考核工作簿. */
export const assessmentWorkbookExport = (contextFor: ContextFor) =>
  xlsxExport(contextFor, {
    roles: ROLES,
    parse: parseAssessmentQuery,
    fileName: ({ year }) => ({ ascii: `assessment-${year}.xlsx`, display: `考核工作簿-${year}.xlsx` }),
    build: async (ctx, { pairingId, year }) => assessmentWorkbook(await assessmentPackage(ctx, pairingId, year)),
    what: "assessment workbook",
  });

const reportDocx = async (ctx: RequestContext, pairingId: string, year: number) =>
  selfAssessmentDocx(await assessmentPackage(ctx, pairingId, year), today());

/** GET /exports/self-assessment.docx?pairingId=&year= — 自评报告, editable. */
export const selfAssessmentDocxExport = (contextFor: ContextFor) =>
  xlsxExport(contextFor, {
    roles: ROLES,
    parse: parseAssessmentQuery,
    fileName: ({ year }) => ({ ascii: `self-assessment-${year}.docx`, display: `自评报告-${year}.docx` }),
    build: (ctx, { pairingId, year }) => reportDocx(ctx, pairingId, year),
    contentType: DOCX_TYPE,
    what: "self-assessment report",
  });

/** GET /exports/self-assessment.pdf?pairingId=&year= — the same report through LibreOffice; 503 without it. */
export const selfAssessmentPdfExport = (contextFor: ContextFor) =>
  xlsxExport(contextFor, {
    roles: ROLES,
    parse: parseAssessmentQuery,
    fileName: ({ year }) => ({ ascii: `self-assessment-${year}.pdf`, display: `自评报告-${year}.pdf` }),
    build: async (ctx, { pairingId, year }) =>
      docxToPdf(ctx.config.sofficePath, await reportDocx(ctx, pairingId, year)),
    contentType: "application/pdf",
    what: "self-assessment PDF",
  });
