import {
  createUnionType,
  type ClassType,
  Ctx,
  Field,
  ID,
  InterfaceType,
  Int,
  ObjectType,
  registerEnumType,
} from "type-graphql";
import type { RequestContext } from "./context";
import { DEFAULT_LOCALE, type Message } from "./messages";

/**
 * Business outcomes (业务结果): what a client must handle as part of the answer — a step the
 * record's state does not allow, stock or places run out — are typed results in the schema, members
 * of a mutation's result union, each implementing `ErrorResult` with a stable `code`. Only the
 * unexpected and the refusals of input, sign-in, role and scope are thrown GraphQL errors
 * (errors.ts). A result answers "nothing was written": a service returns it before writing, or
 * throws `RollbackWith(result)` to undo what it wrote (the resolver wraps it in `resultOrRollback`).
 */
export enum ErrorCode {
  INVALID_STATE = "INVALID_STATE",
  OUT_OF_STOCK = "OUT_OF_STOCK",
  PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE",
  POSTING_FULL = "POSTING_FULL",
}
registerEnumType(ErrorCode, {
  name: "ErrorCode",
  description: "The stable code of a typed business outcome (ErrorResult); clients translate it.",
  valuesConfig: {
    INVALID_STATE: {
      description: "The record's state does not allow this step (a transitions table says which steps it does)",
    },
    OUT_OF_STOCK: { description: "Not enough stock for an order line" },
    PRODUCT_UNAVAILABLE: { description: "The product is withdrawn or its supplier is not approved" },
    POSTING_FULL: { description: "No place left on the job posting" },
  },
});

@ObjectType({
  description: "A message in each of the app's languages (the same texts as a GraphQL error's `extensions.messages`).",
})
export class LocalizedMessage {
  @Field({ description: "简体中文" })
  zhCN: string;

  @Field({ description: "English" })
  en: string;
}

@InterfaceType({
  description:
    "A business outcome a client must handle: nothing was written. `code` is stable; `message` is in the request's language (X-Locale / Accept-Language, default zh-CN), `messages` in both.",
})
export abstract class ErrorResult {
  @Field(() => ErrorCode)
  code: ErrorCode;

  /** Both texts; the fields below pick from them. Not a GraphQL field itself. */
  texts: Message;

  @Field(() => String, {
    description: "For a person, in the request's language (X-Locale, Accept-Language; default zh-CN).",
  })
  message(@Ctx() ctx?: RequestContext): string {
    return this.texts.in(ctx?.locale ?? DEFAULT_LOCALE);
  }

  @Field(() => LocalizedMessage, { description: "The same message in each language." })
  messages(): LocalizedMessage {
    return { zhCN: this.texts.zh, en: this.texts.en };
  }
}

type ResultFields<T extends ErrorResult> = Omit<T, "code" | "texts" | "message" | "messages"> & { message: Message };

/** The one way to build a typed result: `errorResult(OutOfStockError, { message: msg(…), productId, … })`. */
export function errorResult<T extends ErrorResult>(type: new () => T, fields: ResultFields<T>): T {
  const { message, ...rest } = fields;
  return Object.assign(new type(), rest, { texts: message });
}

/**
 * A mutation's result union: the record it changed, or one of the typed outcomes. The members are
 * told apart by class, so a service returns plain instances (errorResult) and never a __typename.
 */
export function resultUnion<S extends object>(
  name: string,
  success: ClassType<S>,
  outcomes: ClassType<ErrorResult>[],
  description?: string,
) {
  return createUnionType({
    name,
    description,
    types: () => [success, ...outcomes] as unknown as readonly [ClassType<S>],
    resolveType: (v): ClassType => outcomes.find((o) => v instanceof o) ?? success,
  });
}

/**
 * Thrown inside a transaction to roll it back while still answering with a typed result (e.g. out
 * of stock after part of the order was written): `resultOrRollback` turns it into the value.
 */
export class RollbackWith<T> extends Error {
  constructor(readonly result: T) {
    super("rolled back with a typed result");
  }
}

export async function resultOrRollback<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof RollbackWith) return e.result as T;
    throw e;
  }
}

/**
 * For callers that cannot be refused (the demo loader, a step another step implies): the record, or
 * an Error with the result's message (a bug, never a client's outcome).
 */
export function orThrow<T>(result: T): Exclude<T, ErrorResult> {
  if (result instanceof ErrorResult) throw new Error(`${result.code}: ${result.texts.en}`);
  return result as Exclude<T, ErrorResult>;
}

// ---------------------------------------------------------------------------------------------
// Outcomes more than one module answers

@ObjectType({
  implements: ErrorResult,
  description: "The record's state does not allow this step (see its allowedActions); nothing changed.",
})
export class InvalidStateError extends ErrorResult {
  code = ErrorCode.INVALID_STATE;

  @Field(() => ID, { description: "The record the step was asked on (a sub-order, a placement, a project)." })
  entityId: string;

  /** Not `status`: a union's members may not answer one field name with different types (SubOrder.status is a SubOrderStatus). */
  @Field(() => String, {
    description: "The state the record is really in (a SubOrderStatus, PlacementStatus or ProjectStage value).",
  })
  state: string;

  @Field(() => String, {
    description: "The step that was refused (a SubOrderAction, PlacementAction or ProjectAction value).",
  })
  action: string;
}

@ObjectType({
  implements: ErrorResult,
  description: "No place left on the job posting: nothing of the placement was written.",
})
export class PostingFullError extends ErrorResult {
  code = ErrorCode.POSTING_FULL;

  @Field(() => ID)
  postingId: string;

  @Field(() => Int, { description: "The posting's places, all filled." })
  places: number;
}
