import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { RequestContext } from "../../shared/context";
import { EvidenceFile, type EvidenceRecordType } from "./evidence.entity";
import { recordEvidence } from "./evidence.service";

/**
 * The `evidence` field of a record type whose files are registered under `kind`
 * (evidence.records.ts): the files the caller may read, oldest first, batched per request through
 * recordEvidence's scoped loader. Each module that registers a record kind adds its type's field
 * with this one resolver, so the rule (scope, order, batching) lives in one place.
 */
export function evidenceFieldResolver<T extends { id: string }>(
  type: ClassType<T>,
  kind: EvidenceRecordType,
  description: string,
): ClassType {
  @Resolver(() => type)
  class EvidenceFieldResolver {
    @FieldResolver(() => [EvidenceFile], { description })
    evidence(@Root() record: T, @Ctx() ctx: RequestContext) {
      return recordEvidence(ctx, kind, record.id);
    }
  }
  return EvidenceFieldResolver;
}
