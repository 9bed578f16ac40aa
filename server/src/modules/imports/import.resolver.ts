import {
  Arg,
  Args,
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
import { inTransaction, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { ImportBatch, ImportKindName, ImportMode, ImportProblem, problemIn } from "./import-batch.entity";
import { commitImport, getBatch, listBatches } from "./import.service";

export const ImportBatchConnection = Connection("ImportBatch", ImportBatch);

@ObjectType()
export class ImportProblemPage {
  @Field(() => [ImportProblem])
  nodes: ImportProblem[];

  @Field(() => Int)
  totalCount: number;
}

const IMPORTERS = [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL];

/**
 * 批量导入. The file is uploaded over HTTP (POST /imports/:kind, the dry run; import.http.ts); here a
 * batch is read (its uploader's, an admin's any: NOT_FOUND otherwise) and committed.
 */
@Resolver(() => ImportBatch)
export class ImportBatchResolver {
  @Authorized(...IMPORTERS)
  @Query(() => ImportBatch, { description: "One of the caller's imports (an admin: anyone's)." })
  importBatch(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getBatch(ctx, id);
  }

  @Authorized(...IMPORTERS)
  @Query(() => ImportBatchConnection, { description: "The caller's imports, newest first (an admin: everyone's)." })
  async importBatches(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("kind", () => ImportKindName, { nullable: true }) kind?: ImportKindName,
  ) {
    return ImportBatchConnection.from(await listBatches(ctx, kind, decodeCursor(page.after), page.first));
  }

  @Authorized(...IMPORTERS)
  @Mutation(() => ImportBatch, {
    description:
      "Writes a checked batch in one transaction: VALID_ROWS writes the rows without problems; ALL_OR_NOTHING " +
      "writes nothing if any row has one (status FAILED). Rows already there count as unchanged. Audited once (IMPORT).",
  })
  commitImport(
    @Ctx() ctx: RequestContext,
    @Arg("batchId", () => ID) batchId: string,
    @Arg("mode", () => ImportMode) mode: ImportMode,
  ) {
    return inTransaction(ctx, (tx) => commitImport(tx, batchId, mode));
  }

  @FieldResolver(() => Int)
  problemCount(@Root() b: ImportBatch) {
    return b.problems.length;
  }

  @FieldResolver(() => ImportProblemPage, { description: "The problems by row, column and reason, in row order." })
  problems(
    @Root() b: ImportBatch,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    const start = Math.max(0, offset);
    return {
      nodes: b.problems.slice(start, start + Math.min(Math.max(first, 0), 500)).map((p) => problemIn(p, ctx.locale)),
      totalCount: b.problems.length,
    };
  }
}
