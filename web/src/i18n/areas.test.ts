import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { RouteRecordRaw } from "vue-router";
import { routes } from "@/router";
import { MESSAGE_AREAS, i18n, loadMessageAreas, type MessageArea } from "./index";
import core from "./zh-CN/core";
import zhCN from "./zh-CN";

/**
 * The Chinese messages are split by area (index.ts): the first load holds the core, the router fetches
 * a page's areas before it renders. A page whose route forgot an area would show message keys, so this
 * reads what every route's page (and everything it imports, eagerly or lazily) asks `t()` for, and
 * checks the core and the route's `meta.messages` hold it. A lazily loaded part may fetch its own areas
 * (`loadMessageAreas([...])` in its importer, e.g. the catalogue's checkout drawer).
 */
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
type Tree = Record<string, unknown>;
const areaMessages: Record<string, Tree> = {};
for (const a of MESSAGE_AREAS) areaMessages[a] = ((await import(`./zh-CN/${a}.ts`)) as { default: Tree }).default;

function resolve(from: string, spec: string): string | null {
  const p = spec.startsWith("@/")
    ? path.join(src, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!p) return null;
  return [p, `${p}.ts`, `${p}.vue`, `${p}/index.ts`].find((c) => /\.(ts|vue)$/.test(c) && existsSync(c)) ?? null;
}

/** Every app file `entry` loads, eagerly or lazily (the messages and generated GraphQL types aside). */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(
      /(?:import\s+(?!type\b)[^"';]*?from\s+|import\s*\(\s*|^import\s+)["']([^"']+)["']/gm,
    )) {
      const r = resolve(f, m[1]);
      if (r && !r.includes(`${path.sep}i18n${path.sep}`) && !r.includes(`${path.sep}gql${path.sep}`)) stack.push(r);
    }
  }
  return [...seen];
}

const blocks = Object.keys(zhCN);
/** `block.key` of every message key named in the files (`block.$` for one built at run time). */
function keysUsed(files: string[]): Set<string> {
  const used = new Set<string>();
  const key = new RegExp(`["'\`](${blocks.join("|")})\\.([A-Za-z$][\\w$]*)`, "g");
  const whole = zhCN as unknown as Record<string, Tree>;
  for (const f of files)
    for (const m of readFileSync(f, "utf8").matchAll(key))
      // Not every "session.x" is a message key: a template's `:disabled="!session.canRecord"` is not.
      if (m[2] === "$" || m[2] in whole[m[1]]) used.add(`${m[1]}.${m[2]}`);
  return used;
}

/** Whether the core and these areas hold `block.key` (a key built at run time: every part of its block). */
function held(k: string, areas: Set<string>): boolean {
  const [block, sub] = k.split(".");
  const holders = [core as Tree, ...MESSAGE_AREAS.map((a) => areaMessages[a])];
  const allowed = [core as Tree, ...[...areas].map((a) => areaMessages[a])];
  if (sub === "$") return holders.filter((m) => block in m).every((m) => allowed.includes(m));
  return allowed.some((m) => m[block] !== undefined && (m[block] as Tree)[sub] !== undefined);
}

/** The page files of the routes, by route name, as router.ts imports them. */
const routerText = readFileSync(path.join(src, "router.ts"), "utf8");
const pageOf = new Map(
  [...routerText.matchAll(/name: "([\w-]+)",\s*component: \(\) => import\("([^"]+)"\)/g)].map((m) => [
    m[1],
    resolve(path.join(src, "router.ts"), m[2])!,
  ]),
);
const flat = (rs: RouteRecordRaw[]): RouteRecordRaw[] => rs.flatMap((r) => [r, ...flat(r.children ?? [])]);

describe("Chinese messages by area", () => {
  it("the core and the areas together are the whole of the Chinese, each key in one place", () => {
    const leaves = (o: Tree, p = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === "object" ? leaves(v as Tree, `${p}${k}.`) : [`${p}${k}`],
      );
    const parts = [core as Tree, ...Object.values(areaMessages)].flatMap((m) => leaves(m));
    expect(parts.length).toBe(new Set(parts).size);
    expect(parts.sort()).toEqual(leaves(zhCN as unknown as Tree).sort());
  });

  it("every route names the areas its page's messages are in", () => {
    const missing: string[] = [];
    for (const r of flat(routes)) {
      const file = typeof r.name === "string" ? pageOf.get(r.name) : undefined;
      if (!file) continue;
      const files = closure(file);
      const areas = new Set<string>(r.meta?.messages ?? []);
      for (const f of files)
        for (const m of readFileSync(f, "utf8").matchAll(/loadMessageAreas\(\[([^\]]*)\]/g))
          for (const a of m[1].matchAll(/"(\w+)"/g)) areas.add(a[1]);
      for (const k of keysUsed(files)) if (!held(k, areas)) missing.push(`${String(r.name)}: ${k}`);
    }
    expect(missing).toEqual([]);
  });

  it("an area's messages are merged in when asked for, the core's kept", async () => {
    const t = i18n.global.t as (k: string) => string;
    expect(t("labour.nav.workers")).toBe(zhCN.labour.nav.workers);
    await loadMessageAreas(["labour"] satisfies MessageArea[]);
    expect(t("labour.nav.workers")).toBe(zhCN.labour.nav.workers);
    expect(t("labour.housing.NONE")).toBe(zhCN.labour.housing.NONE);
  });
});
