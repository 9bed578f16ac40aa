// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Issue 11, "no unit traps": money is typed only in MoneyInput (the unit inside the field, the
 * amount in words beside it, exact fen). This reads every .vue file of the app and fails on a bare
 * input that takes money: an el-input-number, a decimal or number input, or an input with a ¥
 * prefix, whose model, test id or label names money (price, amount, wage, budget, target, fen…).
 * The one exception is an indicator's amount in people or counts: a bare input in the `v-else`
 * branch right after a MoneyInput shown for yuan (`v-if="unit === 'YUAN'"`).
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MONEY = /price|amount|wage|budget|target|perHead|fen\b|yuan|money|invest|quota/i;
/** Amounts that are not money although their names say "amount": people and counts. */
const NOT_MONEY = /headcount|places|stock|quantity|employed|poor|lifted|people|count\b|rate/i;

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".vue"))
    .map((e) => path.join(e.parentPath, e.name));
}

interface Finding {
  file: string;
  line: number;
  tag: string;
}

/** Every bare input of a template that takes money, except the documented people/count branch. */
export function bareMoneyInputs(file: string, text: string): Finding[] {
  const template = text.slice(text.indexOf("<template"));
  const offset = text.length - template.length;
  const found: Finding[] = [];
  const tags = /<(el-input-number|el-input|input)\b[^>]*>/g;
  for (let m; (m = tags.exec(template));) {
    const tag = m[0];
    const after = template.slice(m.index, m.index + 600);
    const closing = m[1] === "input" ? tag : after.slice(0, after.indexOf(`</${m[1]}>`) + 1 || tag.length);
    const numeric =
      m[1] === "el-input-number" ||
      /inputmode="(decimal|numeric)"|type="number"/.test(tag) ||
      /#prefix>\s*¥/.test(closing);
    if (!numeric) continue;
    const names = [...tag.matchAll(/(?:v-model|data-testid|:?aria-label|:?placeholder)="([^"]*)"/g)]
      .map((a) => a[1])
      .join(" ");
    const isMoney = /#prefix>\s*¥/.test(closing) || (MONEY.test(names) && !NOT_MONEY.test(names));
    if (!isMoney) continue;
    const before = template.slice(Math.max(0, m.index - 700), m.index);
    const peopleBranch = /\bv-else\b/.test(tag) && /<MoneyInput[\s\S]*v-if="[^"]*YUAN/.test(before);
    if (peopleBranch) continue;
    const line = text.slice(0, offset + m.index).split("\n").length;
    found.push({ file: path.relative(SRC, file), line, tag: tag.replace(/\s+/g, " ").slice(0, 120) });
  }
  return found;
}

describe("money is typed only in MoneyInput", () => {
  it("no .vue file has a bare number input bound to money", () => {
    const files = vueFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => bareMoneyInputs(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  it("the check catches the traps it is for, and lets people counts through", () => {
    const page = (body: string) => `<script setup lang="ts"></script>\n<template>\n${body}\n</template>`;
    const hits = (body: string) => bareMoneyInputs("/x/X.vue", page(body)).length;
    expect(hits(`<el-input-number v-model="form.price" :min="0" />`)).toBe(1);
    expect(hits(`<el-input v-model="form.wageMin" inputmode="decimal" />`)).toBe(1);
    expect(hits(`<el-input v-model="x" data-testid="budget"><template #prefix>¥</template></el-input>`)).toBe(1);
    expect(hits(`<input v-model="filters.maxAmount" type="number" />`)).toBe(1);
    expect(hits(`<el-input-number v-model="form.places" :min="1" />`)).toBe(0);
    expect(hits(`<el-input v-model="form.headcount" inputmode="numeric" />`)).toBe(0);
    expect(hits(`<MoneyInput v-model="form.price" />`)).toBe(0);
    expect(
      hits(
        `<MoneyInput v-if="unit === 'YUAN'" v-model="form.amount" />\n<el-input v-else v-model="form.amount" inputmode="decimal" />`,
      ),
    ).toBe(0);
    // A v-else without the yuan MoneyInput before it is still a trap.
    expect(hits(`<el-input v-if="a" />\n<el-input v-else v-model="form.amount" inputmode="decimal" />`)).toBe(1);
  });
});
