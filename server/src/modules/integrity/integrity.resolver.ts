import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { dayHeads, integrityStatus, verifyIntegrity } from "./integrity.service";
import { CHAIN_TABLE, type ChainReport } from "./integrity.verify";

@ObjectType({ description: "防篡改: one hash chain (the ledger's or the audit trail's) as it stands." })
export class ChainStatus {
  @Field({ description: "ledger or audit." })
  chain: string;

  @Field({ description: "The table the chain covers: ledger_entry or audit_entry." })
  table: string;

  @Field(() => Int)
  rows: number;

  @Field(() => Int, { description: "Rows linked into the chain." })
  sealed: number;

  @Field(() => Int, { description: "The last link's position (0 when the chain is empty)." })
  headPos: number;

  @Field(() => String, { nullable: true, description: "The last link's hash, hex (sha256)." })
  headHash: string | null;

  @Field(() => Date, { nullable: true })
  sealedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The latest day (China time) with a recorded head." })
  day: string | null;

  @Field(() => String, { nullable: true, description: "That day's last hash: keep it outside this database." })
  dayHash: string | null;
}

@ObjectType({ description: "The head of a chain at the end of a day (China time)." })
export class ChainDayHead {
  @Field()
  chain: string;

  @Field()
  day: string;

  @Field(() => Int)
  chainPos: number;

  @Field()
  hash: string;
}

@ObjectType({ description: "The first broken link of a chain." })
export class ChainBreak {
  @Field({
    description:
      "CONTENT_CHANGED, ROW_MISSING, PREV_HASH_MISMATCH, LINK_HASH_MISMATCH, LINK_MISSING, DAY_HEAD_MISMATCH or UNSEALED.",
  })
  problem: string;

  @Field()
  table: string;

  @Field(() => Int, { nullable: true })
  chainPos: number | null;

  @Field(() => String, { nullable: true })
  rowId: string | null;

  @Field(() => Int, { nullable: true })
  rowSeq: number | null;

  @Field(() => String, { nullable: true })
  day: string | null;
}

@ObjectType({ description: "What verifying one chain found." })
export class ChainVerification {
  @Field()
  chain: string;

  @Field()
  table: string;

  @Field()
  ok: boolean;

  @Field(() => Int, { description: "Links checked." })
  checked: number;

  @Field(() => Int)
  headPos: number;

  @Field(() => String, { nullable: true })
  headHash: string | null;

  @Field(() => ChainBreak, { nullable: true })
  broken: ChainBreak | null;

  @Field(() => Int)
  ms: number;
}

const toVerification = (r: ChainReport): ChainVerification => ({
  chain: r.chain,
  table: CHAIN_TABLE[r.chain],
  ok: !r.broken,
  checked: r.checked,
  headPos: r.headPos,
  headHash: r.headHash,
  broken: r.broken ? { ...r.broken, table: CHAIN_TABLE[r.chain] } : null,
  ms: r.ms,
});

/**
 * Administrators only: the chains cover every region's rows, and verifying recomputes them all (a
 * coordinator's scope is a region; a chain is not). Verifying is a mutation because it is audited.
 */
@Resolver()
export class IntegrityResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ChainStatus], { description: "Each chain's rows, sealed links, head and the day's head." })
  async integrityStatus(@Ctx() ctx: RequestContext): Promise<ChainStatus[]> {
    return (await integrityStatus(ctx)).map((s) => ({ ...s, table: CHAIN_TABLE[s.chain] }));
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ChainDayHead], { description: "Recorded day heads, newest first." })
  async chainDayHeads(
    @Ctx() ctx: RequestContext,
    @Arg("limit", () => Int, { defaultValue: 60 }) limit: number,
  ): Promise<ChainDayHead[]> {
    return dayHeads(ctx, Math.min(Math.max(limit, 1), 400));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [ChainVerification], {
    description:
      "Seals what is new, then recomputes every link of both chains; reports each chain's first broken link.",
  })
  async verifyIntegrity(@Ctx() ctx: RequestContext): Promise<ChainVerification[]> {
    return (await verifyIntegrity(ctx)).map(toVerification);
  }
}
