import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { getMetadataArgsStorage } from "typeorm";
import { describe, expect, it } from "vitest";

/**
 * Module boundaries (DESIGN.md, "A module owns its tables"): each table is read and written only by
 * the module that owns it; others call its service. And modules depend on each other one way only.
 *
 * Ownership is derived from the code, not listed here: a table belongs to the folder whose entity
 * file declares it (`@Entity("name")`, read back from TypeORM's metadata), or whose source exports
 * `rawTables` (the few tables kept by raw SQL alone, with no entity class). Every table the
 * migrations create must have exactly one owner, so a new table cannot slip past the check.
 */

const SRC = path.resolve(__dirname, "..");
const MODULES = path.join(SRC, "modules");
const MIGRATIONS = path.join(SRC, "db", "migrations");

/** Folders that own tables: each domain module, and `shared` (infrastructure such as rate limits). */
const OWNERS = [
  ...fs
    .readdirSync(MODULES)
    .filter((d) => fs.statSync(path.join(MODULES, d)).isDirectory())
    .map((d) => ({ name: d, dir: path.join(MODULES, d) })),
  { name: "shared", dir: path.join(SRC, "shared") },
];

/**
 * No exception: every module's SQL names its own tables only (region subtrees through the regions
 * module's builder, regions/region.scope.ts; other modules' rows through their owners' sub-selects).
 * Outside the modules and not checked: `db/` (migrations and the demo data, which write every table
 * by design) and `tools/` (backup, restore and check-data read the whole database).
 */

const sourceFiles = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => path.join(dir, f));

const rel = (file: string) => path.relative(path.resolve(SRC, "../.."), file);

interface Ownership {
  /** table → owning folder */
  tables: Map<string, string>;
  /** entity class name → owning folder */
  entities: Map<string, string>;
}

async function ownership(): Promise<Ownership> {
  const tables = new Map<string, string>();
  const entities = new Map<string, string>();
  const claim = (table: string, owner: string, where: string) => {
    const before = tables.get(table);
    if (before && before !== owner) throw new Error(`table ${table} is claimed by ${before} and ${owner} (${where})`);
    tables.set(table, owner);
  };
  const metadata = getMetadataArgsStorage();
  for (const owner of OWNERS) {
    for (const file of sourceFiles(owner.dir)) {
      const text = fs.readFileSync(file, "utf8");
      const isEntityFile = /@Entity\(/.test(text);
      if (!isEntityFile && !/export const rawTables\b/.test(text)) continue;
      const exported = (await import(file)) as Record<string, unknown>;
      for (const value of Object.values(exported)) {
        if (typeof value !== "function") continue;
        const table = metadata.tables.find((t) => t.target === value);
        if (!table) continue;
        if (typeof table.name !== "string") throw new Error(`${rel(file)}: @Entity ${value.name} must name its table`);
        claim(table.name, owner.name, rel(file));
        entities.set(value.name, owner.name);
      }
      for (const t of (exported.rawTables as readonly string[] | undefined) ?? []) claim(t, owner.name, rel(file));
    }
  }
  return { tables, entities };
}

// ------------------------------------------------------------------------------------------------
// A small TypeScript reader: splits a source into code and string literals (comments dropped), each
// piece with its offset, so a match can be reported as file:line.

interface Piece {
  kind: "code" | "string";
  text: string;
  at: number;
}

function split(src: string): Piece[] {
  const pieces: Piece[] = [];
  let code = "";
  let codeAt = 0;
  let i = 0;
  const flushCode = () => {
    if (code) pieces.push({ kind: "code", text: code, at: codeAt });
    code = "";
  };
  // Template literals: the text parts are strings; `${…}` parts are code (read recursively).
  const stack: number[] = []; // brace depth at each open `${`
  let depth = 0;
  const readTemplate = () => {
    // i is just past "`" or "}" closing a substitution
    let text = "";
    const at = i;
    while (i < src.length) {
      const c = src[i];
      if (c === "\\") {
        text += src.slice(i, i + 2);
        i += 2;
      } else if (c === "`") {
        i++;
        pieces.push({ kind: "string", text, at });
        return;
      } else if (c === "$" && src[i + 1] === "{") {
        pieces.push({ kind: "string", text, at });
        i += 2;
        stack.push(depth);
        depth++;
        codeAt = i;
        return;
      } else {
        text += c;
        i++;
      }
    }
    pieces.push({ kind: "string", text, at });
  };
  while (i < src.length) {
    const c = src[i];
    const n = src[i + 1];
    if (c === "/" && n === "/") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === "/" && n === "*") {
      const end = src.indexOf("*/", i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === '"' || c === "'") {
      flushCode();
      const at = i + 1;
      let text = "";
      i++;
      while (i < src.length && src[i] !== c && src[i] !== "\n") {
        if (src[i] === "\\") {
          text += src.slice(i, i + 2);
          i += 2;
        } else text += src[i++];
      }
      i++;
      pieces.push({ kind: "string", text, at });
      codeAt = i;
    } else if (c === "`") {
      flushCode();
      i++;
      readTemplate();
      codeAt = i;
    } else if (c === "{") {
      depth++;
      code += c;
      i++;
    } else if (c === "}") {
      depth--;
      if (stack.length && stack[stack.length - 1] === depth) {
        stack.pop();
        flushCode();
        i++;
        readTemplate();
        codeAt = i;
      } else {
        code += c;
        i++;
      }
    } else {
      if (!code) codeAt = i;
      code += c;
      i++;
    }
  }
  flushCode();
  return pieces;
}

const lineOf = (src: string, at: number) => src.slice(0, at).split("\n").length;

/** SQL naming a table inside a string: FROM/JOIN/UPDATE/INSERT INTO/DELETE FROM/TABLE x. */
const SQL_TABLE = /\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)\b/gi;
/** A query builder given a table by name: .innerJoin("supplier", …), .from("x", …), .into("x"). */
const QB_TABLE = /\.(?:(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?|from|into|update|delete|insert)\(\s*$/;
/**
 * Code reaching an entity's rows through TypeORM or the shared loaders: getRepository(Buyer),
 * createQueryBuilder(Buyer, …), manager.find(Buyer, …), rowsById(Buyer), findInScope(ctx, Buyer, …),
 * and `new Buyer()` (building another module's rows).
 */
const ENTITY_USE =
  /(?:\b(?:getRepository|createQueryBuilder|(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?|from|into|update|delete|insert|upsert|save|remove|find\w*|count\w*|exist\w*|increment|decrement|sum|average|minimum|maximum|rowsById|scopedRowsById|findInScope)\(\s*(?:ctx\s*,\s*)?|\bnew\s+)([A-Z]\w*)\b/g;

interface Finding {
  file: string;
  line: number;
  table: string;
  owner: string;
}

/** What one source file of folder `owner` names of other folders' tables: line, table, its owner. */
function scanSource(src: string, owner: string, own: Ownership): Omit<Finding, "file">[] {
  const out: Omit<Finding, "file">[] = [];
  const pieces = split(src);
  const report = (table: string, tableOwner: string | undefined, at: number) => {
    if (tableOwner && tableOwner !== owner) out.push({ line: lineOf(src, at), table, owner: tableOwner });
  };
  pieces.forEach((p, k) => {
    if (p.kind === "string") {
      for (const m of p.text.matchAll(SQL_TABLE)) report(m[1], own.tables.get(m[1]), p.at + m.index!);
      const before = pieces[k - 1];
      if (before?.kind === "code" && QB_TABLE.test(before.text) && own.tables.has(p.text))
        report(p.text, own.tables.get(p.text), p.at);
    } else {
      for (const m of p.text.matchAll(ENTITY_USE)) {
        const tableOwner = own.entities.get(m[1]);
        if (tableOwner) report(`${m[1]} (entity)`, tableOwner, p.at + m.index!);
      }
    }
  });
  return out;
}

function findings(own: Ownership): Finding[] {
  return OWNERS.flatMap((owner) =>
    sourceFiles(owner.dir).flatMap((file) =>
      scanSource(fs.readFileSync(file, "utf8"), owner.name, own).map((f) => ({ file: rel(file), ...f })),
    ),
  );
}

// ------------------------------------------------------------------------------------------------
// Imports between modules: relative imports that leave the module's folder for another module's.

function importGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const owner of OWNERS.filter((o) => o.name !== "shared")) {
    const edges = new Map<string, string[]>();
    graph.set(owner.name, edges);
    for (const file of sourceFiles(owner.dir)) {
      const src = fs.readFileSync(file, "utf8");
      for (const m of src.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gm)) {
        const target = path.relative(MODULES, path.resolve(owner.dir, m[1])).split(path.sep);
        if (target[0] === ".." || target.length < 2 || target[0] === owner.name) continue;
        edges.set(target[0], [...(edges.get(target[0]) ?? []), `${rel(file)}:${lineOf(src, m.index!)}`]);
      }
    }
  }
  return graph;
}

/** The strongly connected groups of the module graph with more than one module: each is a cycle. */
function cycles(graph: Map<string, Map<string, string[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups;
}

describe("module boundaries", () => {
  it("gives every table the migrations create exactly one owner", async () => {
    const own = await ownership();
    const created = new Set<string>();
    for (const file of fs.readdirSync(MIGRATIONS)) {
      for (const m of fs
        .readFileSync(path.join(MIGRATIONS, file), "utf8")
        .matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_][a-z0-9_]*)/gi))
        created.add(m[1]);
    }
    expect([...created].filter((t) => !own.tables.has(t)).sort(), "tables with no owner").toEqual([]);
    expect([...own.tables.keys()].filter((t) => !created.has(t)).sort(), "owned tables no migration creates").toEqual(
      [],
    );
  });

  it("finds another module's table in SQL, in a query builder and behind an entity class (the check checked)", async () => {
    const own = await ownership();
    const src = [
      "const a = `SELECT o.id FROM purchase_order o`;",
      'qb.innerJoin("supplier", "s", "s.id = p.supplier_id");',
      "await ctx.manager.getRepository(Buyer).findOneBy({ id });",
      "// a comment saying FROM quota is not SQL",
      "const b = `UPDATE quota SET n = 1 ${`WHERE x IN (SELECT id FROM fair)`}`;",
      'const mine = "SELECT stock FROM product WHERE id = $1";',
      "const c = new Supplier();",
    ].join("\n");
    expect(scanSource(src, "products", own)).toEqual([
      { line: 1, table: "purchase_order", owner: "orders" },
      { line: 2, table: "supplier", owner: "suppliers" },
      { line: 3, table: "Buyer (entity)", owner: "buyers" },
      { line: 5, table: "quota", owner: "quotas" },
      { line: 5, table: "fair", owner: "channels" },
      { line: 7, table: "Supplier (entity)", owner: "suppliers" },
    ]);
  });

  it("lets no module's SQL name another module's table", async () => {
    const own = await ownership();
    const all = findings(own);
    const wrong = all.map((f) => `${f.file}:${f.line} names ${f.table} (owned by ${f.owner})`);
    expect(wrong).toEqual([]);
  });

  it("finds a cycle in an import graph (the check checked)", () => {
    const graph = new Map([
      ["a", new Map([["b", ["a.ts:1"]]])],
      ["b", new Map([["c", ["b.ts:1"]]])],
      ["c", new Map([["a", ["c.ts:1"]]])],
      ["d", new Map([["a", ["d.ts:1"]]])],
    ]);
    expect(cycles(graph)).toEqual([["a", "b", "c"]]);
  });

  it("keeps shared/ below every module: it imports none", () => {
    const shared = OWNERS.find((o) => o.name === "shared")!;
    const upward = sourceFiles(shared.dir).flatMap((file) => {
      const src = fs.readFileSync(file, "utf8");
      return [...src.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gm)]
        .filter((m) => path.resolve(shared.dir, m[1]).startsWith(MODULES + path.sep))
        .map((m) => `${rel(file)}:${lineOf(src, m.index!)} imports ${m[1]}`);
    });
    expect(upward).toEqual([]);
  });

  it("has no import cycle between modules", () => {
    const graph = importGraph();
    const described = cycles(graph).map((group) =>
      group.flatMap((m) =>
        group.filter((n) => graph.get(m)!.has(n)).map((n) => `${m} → ${n} (${graph.get(m)!.get(n)![0]})`),
      ),
    );
    expect(described).toEqual([]);
  });
});
