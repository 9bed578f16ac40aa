import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { Max, Min } from "class-validator";
import { badInput } from "./errors";
import { msg } from "./messages";
import { getArgumentValues, getNamedType, isObjectType, type GraphQLResolveInfo } from "graphql";
import { selectedFields } from "./selection";

const COUNT_FIELDS = new Set(["totalCount", "totalCountExact"]);

/** The largest page a list gives (PageArgs.first). */
const MAX_PAGE = 100;

/**
 * Whether the connection field being resolved asks for its count (`totalCount` or
 * `totalCountExact`). A list whose count costs more than its page (the catalogue's search: up to
 * 1,001 trigram matches read for a page of 100, ~90 ms at 400k products) counts only when asked.
 */
export function asksForCount(info: GraphQLResolveInfo): boolean {
  return selectedFields(info).some((f) => COUNT_FIELDS.has(f.name.value));
}

/** Which page of a list in its stable order: how many rows to skip, how many to give (PageArgs, decoded). */
export interface PageRange {
  offset: number;
  first: number;
}

/**
 * The one page (PageArgs, coerced as graphql-js will coerce them for its own resolver) that every
 * selection of the connection field `name` under the field being resolved asks for, so its parent
 * can read that page in its own statement (the quota board: one round trip fewer); null when the
 * field is not selected, when its selections ask for different pages (aliases) or when the
 * arguments are not a valid page (the field's own resolver then refuses them, as it would anyway).
 */
export function pageSelected(info: GraphQLResolveInfo, name: string): PageRange | null {
  const type = getNamedType(info.returnType);
  const def = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!def) return null;
  let page: PageRange | null = null;
  for (const f of selectedFields(info)) {
    if (f.name.value !== name) continue;
    let args: Record<string, unknown>;
    let offset: number;
    try {
      args = getArgumentValues(def, f, info.variableValues);
      offset = decodeCursor(args.after as string | null | undefined);
    } catch {
      return null;
    }
    const first = args.first;
    if (typeof first !== "number" || !Number.isInteger(first) || first < 1 || first > MAX_PAGE) return null;
    if (page && (page.offset !== offset || page.first !== first)) return null;
    page = { offset, first };
  }
  return page;
}

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "At most 100." })
  @Min(0)
  @Max(MAX_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}

/**
 * Cursors are opaque to clients. They encode the offset in the list's stable order (every list
 * sorts on a unique key last), which keeps filter and sort inputs simple for lists of this size.
 */
export function decodeCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const text = Buffer.from(after, "base64url").toString("utf8");
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m) throw badInput("after", msg("分页游标无效", "Invalid cursor"));
  return Number(m[1]) + 1;
}

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`, "utf8").toString("base64url");

/** A page read: its rows, where it starts and how many were asked for, and the list's count. */
export interface Page<T> extends PageRange {
  nodes: T[];
  totalCount: number;
  /** A list counted up to a limit: false when totalCount is that lower bound (default true). */
  totalCountExact?: boolean;
  /** Keyset pages (the catalogue): the cursor of the i-th node and whether more follow; default by offset. */
  cursorAt?: (i: number) => string;
  hasNextPage?: boolean;
}

/** Builds a Relay-style connection type for a node type, with `totalCount` and `nodes`. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;

    @Field({
      description:
        'false when the list was counted up to a limit and totalCount is that lower bound (show it as "1,000+").',
    })
    totalCountExact: boolean;

    static from(page: Page<T>): ConnectionType {
      const c = new ConnectionType();
      c.nodes = page.nodes;
      const cursorAt = page.cursorAt ?? ((i: number) => encodeCursor(page.offset + i));
      // Edges (a cursor per node) only when asked for: a page of 100 read as nodes needs one cursor.
      Object.defineProperty(c, "edges", {
        get: () => page.nodes.map((node, i) => ({ cursor: cursorAt(i), node })),
        enumerable: true,
        configurable: true,
      });
      c.totalCount = page.totalCount;
      c.totalCountExact = page.totalCountExact ?? true;
      c.pageInfo = {
        hasNextPage: page.hasNextPage ?? page.offset + page.nodes.length < page.totalCount,
        endCursor: page.nodes.length ? cursorAt(page.nodes.length - 1) : null,
      };
      return c;
    }
  }
  return ConnectionType;
}
