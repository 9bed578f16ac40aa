import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { QuantityScalar } from "../../shared/scalars";
import { Indicator, IndicatorUnit } from "../agreements/indicator";
import { LedgerEntry } from "../ledger/ledger.entity";
import { Pairing } from "../pairings/pairing.entity";
import { User } from "../users/user.entity";
import { userById } from "../users/user.loaders";
import { EvidenceFile, EvidenceRecordType, EvidenceStatus } from "./evidence.entity";
import {
  entryEvidence,
  EVIDENCE_ROLES,
  EVIDENCE_UPLOADERS,
  evidenceCoverageOf,
  recordEvidence,
  reopenEvidence,
  reviewEvidence,
} from "./evidence.service";

@ObjectType({ description: "A figure (an entry with its corrections) without verified evidence." })
export class EvidenceGap {
  @Field(() => LedgerEntry, { description: "The original entry (its corrections are counted with it)." })
  entry: LedgerEntry;

  @Field(() => QuantityScalar, { description: "The entry's amount with its corrections in the year." })
  amount: string;
}

@ObjectType({ description: "佐证覆盖率: how much of an indicator's delivered amount verified evidence backs." })
export class EvidenceCoverage {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => QuantityScalar, { description: "The year's delivered amount (records and reported figures)." })
  delivered: string;

  @Field(() => QuantityScalar, {
    description:
      "The part of it whose entries have at least one VERIFIED file (a correction counts with its original).",
  })
  covered: string;

  @Field(() => String, {
    nullable: true,
    description: 'covered / delivered as a decimal string with 4 places ("0.7500"); null when nothing was delivered.',
  })
  ratio: string | null;

  @Field(() => Int, { description: "How many figures lack verified evidence." })
  missingCount: number;

  @Field(() => [EvidenceGap], { description: "Figures lacking verified evidence, largest absolute amount first." })
  missing: EvidenceGap[];
}

/** Coverage rows for the API: the service's rows as the schema's objects. */
async function coverage(
  ctx: RequestContext,
  pairingId: string,
  year: number,
  first: number,
): Promise<EvidenceCoverage[]> {
  const rows = await evidenceCoverageOf(ctx, pairingId, year, first);
  return rows.map((r) =>
    Object.assign(new EvidenceCoverage(), {
      ...r,
      missing: r.missing.map((m) => Object.assign(new EvidenceGap(), m)),
    }),
  );
}

@Resolver(() => EvidenceFile)
export class EvidenceFileResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => EvidenceFile, {
    description: "核实佐证材料: coordinators in scope and admins; county officials FORBIDDEN.",
  })
  verifyEvidence(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return inTransaction(ctx, (tx) => reviewEvidence(tx, id, EvidenceStatus.VERIFIED));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => EvidenceFile, { description: "驳回佐证材料 with a reason: coordinators in scope and admins." })
  rejectEvidence(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("reason") reason: string) {
    return inTransaction(ctx, (tx) => reviewEvidence(tx, id, EvidenceStatus.REJECTED, reason));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Mutation(() => EvidenceFile, {
    description:
      "撤销审核: a verified or rejected file back to PENDING, with a reason (audited); coordinators in scope and admins.",
  })
  reopenEvidence(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("reason") reason: string) {
    return inTransaction(ctx, (tx) => reopenEvidence(tx, id, reason));
  }

  @Authorized(...EVIDENCE_ROLES)
  @Query(() => [EvidenceFile], {
    description:
      "佐证材料 of a record (a sub-order, a fiscal transaction, a placement …), oldest first: none for a record the caller may not see.",
  })
  evidenceFiles(
    @Ctx() ctx: RequestContext,
    @Arg("recordType", () => EvidenceRecordType) recordType: EvidenceRecordType,
    @Arg("recordId", () => ID) recordId: string,
  ): Promise<EvidenceFile[]> {
    return recordEvidence(ctx, recordType, recordId);
  }

  @Authorized(...EVIDENCE_UPLOADERS)
  @Query(() => [EvidenceCoverage], {
    description: "Evidence coverage per indicator of a pairing's year (enclosed pairings included, as progress).",
  })
  evidenceCoverage(
    @Ctx() ctx: RequestContext,
    @Arg("pairingId", () => ID) pairingId: string,
    @Arg("year", () => Int) year: number,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
  ): Promise<EvidenceCoverage[]> {
    return coverage(ctx, pairingId, year, first);
  }

  @FieldResolver(() => User, { nullable: true })
  uploadedBy(@Root() f: EvidenceFile, @Ctx() ctx: RequestContext) {
    return f.uploadedById ? loader(ctx, userById).load(f.uploadedById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  reviewedBy(@Root() f: EvidenceFile, @Ctx() ctx: RequestContext) {
    return f.reviewedById ? loader(ctx, userById).load(f.reviewedById) : null;
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], {
    description: "佐证材料: the entry's files the caller may read, oldest first.",
  })
  evidence(@Root() e: LedgerEntry, @Ctx() ctx: RequestContext) {
    return entryEvidence(ctx, e.id);
  }
}

@Resolver(() => Pairing)
export class PairingEvidenceResolver {
  @Authorized(...EVIDENCE_UPLOADERS)
  @FieldResolver(() => [EvidenceCoverage], {
    description: "佐证覆盖率 per indicator for a year (as Query.evidenceCoverage for this pairing).",
  })
  evidenceCoverage(
    @Root() p: Pairing,
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
  ): Promise<EvidenceCoverage[]> {
    return coverage(ctx, p.id, year, first);
  }
}
