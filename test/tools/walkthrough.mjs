#!/usr/bin/env node
// The UX walkthrough: every demo role signs in and opens every page of its menu, at the desk (1366×768)
// and on a phone (390×844), in Chinese and in English, as people use the app. It saves a screenshot of
// each (test/artifacts/walkthrough/<role>-<page>-<size>-<lang>.png) and records what a person would trip
// over: console errors, failed requests, raw i18n keys on screen, Chinese UI text in English (and English
// UI text in Chinese), a page wider than the phone. Then it opens every page again with the GraphQL
// endpoint failing (an HTTP 500 at the desk in Chinese, a network abort on the phone in English) and checks
// that the page says it failed — a failure must never look like emptiness (暂无数据 / 还没有 / 0 条).
//
//   npm run build && npm run walkthrough
//   node test/tools/walkthrough.mjs --roles buyer,admin --pages orders --sizes phone --langs en --no-failures
//
// It starts the BUILT server (server/dist, web/dist) on a fresh embedded database with the demo data and
// Debian's Chromium, using the browser tests' own harness (test/browser/harness.ts, transpiled on the fly),
// and stops both by their PIDs at the end. Exit code 1 when it found problems (a review list, not a gate:
// the screenshots still need a person's eyes).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = path.join(ROOT, "test", "artifacts", "walkthrough");

// ------------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const list = (name) => opt(name)?.split(",").filter(Boolean);
if (argv.includes("--help")) {
  console.log(
    "node test/tools/walkthrough.mjs [--roles a,b] [--pages name,...] [--sizes desk,phone] [--langs zh,en] [--no-failures] [--failures-only]",
  );
  process.exit(0);
}

const DEMO_USERS = ["admin", "qingdao", "jiaozhou", "zhenning", "huixian", "buyer", "enterprise"];
const SIZES = { desk: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };
const LANGS = { zh: "zh-CN", en: "en" };
const roles = list("roles") ?? DEMO_USERS;
const onlyPages = list("pages");
const sizes = list("sizes") ?? Object.keys(SIZES);
const langs = list("langs") ?? Object.keys(LANGS);
const walkNormal = !argv.includes("--failures-only");
const walkFailures = !argv.includes("--no-failures");

// ------------------------------------------------------------------------------------------- the app's own sources
/**
 * A TypeScript module of ours, transpiled to an ES module next to `besides` (so its ROOT-relative
 * paths hold as there). Its relative imports are followed: a `.ts` one is transpiled the same way
 * (zh-CN.ts assembles zh-CN/*.ts), any other (the harness's chromium.mjs) is imported from where it is.
 */
async function importTs(file, options = {}) {
  const written = [];
  try {
    return await import(pathToFileURL(transpileTree(file, options, written)).href);
  } finally {
    for (const f of written) rmSync(f, { force: true });
  }
}

function transpileTree(file, { besides = path.dirname(file), patch = (s) => s } = {}, written) {
  const src = patch(readFileSync(file, "utf8"));
  const js = ts
    .transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
    .outputText.replace(/(from\s+|import\s*\(\s*)(["'])(\.\.?\/[^"']+)\2/g, (whole, lead, quote, spec) => {
      const target = path.resolve(path.dirname(file), spec);
      const url = existsSync(`${target}.ts`)
        ? pathToFileURL(transpileTree(`${target}.ts`, {}, written)).href
        : pathToFileURL(target).href;
      return `${lead}${quote}${url}${quote}`;
    });
  const out = path.join(besides, `.walkthrough-${process.pid}-${path.basename(file, ".ts")}.mjs`);
  writeFileSync(out, js);
  written.push(out);
  return out;
}

// The harness computes ROOT two folders up from itself: test/artifacts/ is as deep as test/browser/.
mkdirSync(OUT, { recursive: true });
const harness = await importTs(path.join(ROOT, "test", "browser", "harness.ts"), {
  besides: path.join(ROOT, "test", "artifacts"),
  // inject() hands a vitest run's seeded folder to each file; here the server seeds its own database.
  patch: (s) => {
    const line = 'import { inject } from "vitest";';
    if (!s.includes(line)) throw new Error(`harness.ts no longer has \`${line}\`: update walkthrough.mjs`);
    return s.replace(line, "const inject = () => null;");
  },
});
const { navGroupsFor } = await importTs(path.join(ROOT, "web", "src", "lib", "nav.ts"));
const zh = (await importTs(path.join(ROOT, "web", "src", "i18n", "zh-CN.ts"))).default;
const en = (await importTs(path.join(ROOT, "web", "src", "i18n", "en.ts"))).default;

function flatten(obj, prefix = "", out = new Map()) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object") flatten(v, key, out);
    else out.set(key, String(v));
  }
  return out;
}
const zhMessages = flatten(zh);
const enMessages = flatten(en);
const SECTIONS = Object.keys(zh);

/** A message without its placeholders, as far as it is fixed text ("共 {n} 条" → its longest fixed part). */
const fixedPart = (m) =>
  m
    .split(/\{[^}]*\}|@:[\w.]+|\|/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0] ?? "";

// Texts that mean "there is nothing here": every message under an empty-ish key in both languages,
// and Element Plus's own.
const EMPTY_TEXTS = new Set(["暂无数据", "No Data", "No data"]);
for (const msgs of [zhMessages, enMessages]) {
  for (const [key, value] of msgs) {
    const last = key.split(".").pop();
    if (/^(empty\w*|no[A-Z]\w*|none\w*)$/.test(last) && !/^(grade|header)\./.test(key)) {
      const f = fixedPart(value);
      if (f.length >= 2 && f !== "—") EMPTY_TEXTS.add(f);
    }
  }
}
const EMPTY_PATTERNS = [
  /暂无/,
  /还没有/,
  /(^|[^\d])0\s*条/,
  /共\s*0\s*条/,
  /\bTotal 0\b/,
  /\bNo data\b/i,
  /\b0 items\b/,
];

// UI messages of one language that must not show in the other. Only whole messages of some length,
// fixed parts only, and not the ones both languages share (names, numbers, "—").
function uiTexts(own, other) {
  const set = new Set();
  for (const [key, value] of own) {
    if (key.startsWith("locale.")) continue; // the switch names the other language in that language
    const f = fixedPart(value);
    if (f.length < 2 || f === fixedPart(other.get(key) ?? "")) continue;
    set.add(f);
  }
  return [...set];
}
const ZH_UI = uiTexts(zhMessages, enMessages).filter((s) => /[\u4e00-\u9fff]/.test(s));
const EN_UI = uiTexts(enMessages, zhMessages).filter((s) => /[A-Za-z]{3,}/.test(s) && s.length >= 4);

// ------------------------------------------------------------------------------------------- what each role sees
const ROLE_OF = {
  admin: "ADMIN",
  qingdao: "COORDINATOR",
  jiaozhou: "COORDINATOR",
  zhenning: "COUNTY_OFFICIAL",
  huixian: "COUNTY_OFFICIAL",
  buyer: "BUYER",
  enterprise: "ENTERPRISE",
};
/** The role's menu (nav.ts), and 我的账号 from the header, which every role has. */
function pagesOf(user) {
  const items = navGroupsFor(ROLE_OF[user]).flatMap((g) => g.items);
  const pages = items.map((i) => ({ name: i.name, path: i.path }));
  pages.push({ name: "account", path: "/account" });
  return onlyPages ? pages.filter((p) => onlyPages.includes(p.name)) : pages;
}

// ------------------------------------------------------------------------------------------- in the page
/**
 * Runs in the browser: what the person sees in the content area (el-main), as text nodes with where they
 * sit, plus placeholders and what sticks out at the right.
 */
function inspectPage() {
  const main = document.querySelector(".main") ?? document.body;
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== "hidden" && cs.display !== "none" && Number(cs.opacity) > 0.05;
  };
  const describe = (el) => {
    const parts = [];
    for (let e = el, i = 0; e && e !== document.body && i < 4; e = e.parentElement, i++) {
      const tid = e.getAttribute("data-testid");
      const cls = [...e.classList].filter((c) => !c.startsWith("is-") && !/^data-v/.test(c)).slice(0, 2);
      parts.unshift(e.tagName.toLowerCase() + (tid ? `[${tid}]` : "") + (cls.length ? `.${cls.join(".")}` : ""));
      if (tid) break;
    }
    return parts.join(" > ");
  };
  const texts = [];
  const roots = [document.querySelector(".header"), main, ...document.querySelectorAll(".el-overlay, .el-popper")];
  for (const root of roots) {
    if (!root) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.replace(/\s+/g, " ").trim();
      if (!text || !visible(n.parentElement)) continue;
      if (n.parentElement.closest("script, style, [aria-hidden='true'], .el-message")) continue;
      texts.push({ text, where: describe(n.parentElement), inMain: main.contains(n) });
    }
    for (const el of root.querySelectorAll("input[placeholder], textarea[placeholder]")) {
      if (visible(el))
        texts.push({ text: el.placeholder, where: describe(el) + " @placeholder", inMain: main.contains(el) });
    }
  }
  // At phone width: what sticks out past the right edge — of the page, or of the content area (el-main
  // scrolls, so the page itself stays narrow while a toolbar runs off the screen). Things inside something
  // that scrolls sideways on purpose (a table's body, a tab bar) are not counted.
  const overflow = [];
  const W = Math.min(window.innerWidth, main.getBoundingClientRect().right);
  for (const el of main.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.right <= W + 1 || r.width === 0 || !visible(el)) continue;
    let clipped = false;
    for (let p = el.parentElement; p && p !== main; p = p.parentElement) {
      // Scrolling sideways on purpose: a scroll box, a table (its own check below), the tabs' arrows.
      // A box that merely hides its overflow (el-card) cuts the thing off: that counts.
      const ox = getComputedStyle(p).overflowX;
      const scrolls =
        ox === "auto" || ox === "scroll" || p.matches(".el-table, .el-tabs__nav-wrap, .el-scrollbar__wrap");
      if (scrolls && p.getBoundingClientRect().right <= W + 1) {
        clipped = true;
        break;
      }
    }
    // Only the outermost culprit: its children stick out with it.
    if (!clipped && !overflow.some((o) => o.el.contains(el))) overflow.push({ el, right: r.right });
  }
  const overflowing = overflow.map((o) => `${describe(o.el)} (right ${Math.round(o.right)})`);
  // Tables wider than their box: the columns at the right are cut off until one scrolls the table.
  const cutTables = [...main.querySelectorAll(".el-table")]
    .filter((tb) => visible(tb))
    .filter((tb) => {
      const inner = tb.querySelector(".el-table__body, .el-table__header");
      return inner && inner.getBoundingClientRect().width > tb.getBoundingClientRect().width + 2;
    })
    .map(describe);
  // …or a table in a box that scrolls sideways (.table-wrap): the same columns, cut off at first sight.
  for (const box of main.querySelectorAll(".table-wrap")) {
    if (visible(box) && box.scrollWidth > box.clientWidth + 2) cutTables.push(describe(box));
  }
  const failedSel =
    "[data-testid$='-failed'], [data-testid$='-stale'], .query-failed, .el-alert--error, .el-result .icon-error, [role='alert']";
  const failure = [...main.querySelectorAll(failedSel)].filter(visible).map(describe);
  // The signed-in person's own names (系统管理员 is a display name as well as a role): data, not UI.
  let dataTexts = [];
  try {
    const u = JSON.parse(localStorage.getItem("xiezuo.session") ?? "{}").user ?? {};
    dataTexts = [u.displayName, u.region?.name, u.buyer?.name, u.enterprise?.name].filter(Boolean);
  } catch {
    /* no session */
  }
  return {
    dataTexts,
    texts,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: W,
    overflow: overflowing.slice(0, 8),
    cutTables,
    failure,
    mainText: main.innerText.slice(0, 4000),
  };
}

// ------------------------------------------------------------------------------------------- checks
const KEY_RE = new RegExp(`(^|[^\\w./@-])((?:${SECTIONS.join("|")})(?:\\.[A-Za-z0-9_]+)+)(?![\\w/@-])`);
const CJK = /[\u4e00-\u9fff]/;

function findProblems(seen, lang) {
  const problems = [];
  const add = (kind, detail) => {
    if (!problems.some((p) => p.kind === kind && p.detail === detail)) problems.push({ kind, detail });
  };
  for (const { text, where } of seen.texts) {
    const key = KEY_RE.exec(text);
    if (key && (zhMessages.has(key[2]) || /^[a-z]\w*(\.[a-zA-Z]\w*)+$/.test(text)))
      add("raw-key", `${key[2]} @ ${where}`);
    if (lang === "en" && CJK.test(text) && !seen.dataTexts.some((d) => text.includes(d))) {
      // A Chinese UI message standing as the whole text (a label, a button, a heading): the data (names of
      // places, products, people, fairs) is Chinese in both languages and contains words of the messages.
      const bare = text.replace(/^[·\s]+|[：:*（）()·\s]+$/g, "");
      const hit = ZH_UI.find((m) => bare === m);
      if (hit) add("zh-in-en", `“${text.slice(0, 60)}” @ ${where}`);
    }
    if (lang === "zh") {
      const hit = EN_UI.find((m) => (m.length >= 8 ? text.includes(m) : text === m));
      if (hit) add("en-in-zh", `“${text.slice(0, 60)}” @ ${where}`);
    }
  }
  return problems;
}

// ------------------------------------------------------------------------------------------- the walk
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const results = []; // { user, page, size, lang, mode, problems: [{kind, detail}], shot }

async function settle(page) {
  await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
  // The skeletons and spinners of the first load, then Element Plus's transitions.
  await page
    .waitForFunction(
      () => !document.querySelector(".query-skeleton, .el-loading-mask, .route-progress--active"),
      null,
      {
        timeout: 10_000,
      },
    )
    .catch(() => {});
  await sleep(500);
}

/** Changes the language with the header's locale switch, the way a person does (it is remembered). */
async function setLang(page, lang) {
  const want = LANGS[lang];
  const now = await page.evaluate(() => localStorage.getItem("xiezuo.locale") ?? "zh-CN");
  if (now === want) return;
  await page.getByTestId("locale-switch").click();
  await page.waitForFunction((l) => localStorage.getItem("xiezuo.locale") === l, want, { timeout: 5000 });
}

async function signIn(page, baseURL, user) {
  await page.goto(`${baseURL}/login`);
  await page.evaluate(() => localStorage.removeItem("xiezuo.session"));
  await page.goto(`${baseURL}/login`);
  // The test id sits on <el-input>'s wrapper or on the <input> itself, depending on the component.
  const field = (id) => page.locator(`[data-testid='${id}'] input, input[data-testid='${id}']`).first();
  await field("login-username").fill(user);
  await field("login-password").fill(harness.DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => !u.pathname.endsWith("/login"), { timeout: 30_000 });
}

async function visit(h, ctx, { user, pg, size, lang, mode }) {
  const page = ctx.page;
  const log = { console: [], requests: [] };
  ctx.log = log;
  const name = `${user}-${pg.name}-${size}-${lang}${mode === "normal" ? "" : `-${mode}`}`;
  const shot = path.join(OUT, `${name}.png`);
  const problems = [];
  try {
    await page.goto(`${h.baseURL}${pg.path}`);
    await settle(page);
    // The locale switch, the way a person changes language: it must name the other language.
    const switchText = (await page.getByTestId("locale-switch").textContent())?.trim() ?? "";
    const expect = lang === "en" ? "简体中文" : "English";
    if (!switchText.includes(expect)) problems.push({ kind: "locale", detail: `the switch reads “${switchText}”` });
    if (new URL(page.url()).pathname !== pg.path) {
      problems.push({ kind: "redirect", detail: `${pg.path} → ${new URL(page.url()).pathname}` });
    }
    const seen = await page.evaluate(inspectPage);
    await page.screenshot({ path: shot, fullPage: size === "phone", animations: "disabled" });
    if (mode === "normal") {
      problems.push(...findProblems(seen, lang));
      if (size === "phone" && (seen.scrollWidth > seen.innerWidth || seen.overflow.length)) {
        problems.push({
          kind: "overflow",
          detail: `scrollWidth ${seen.scrollWidth} / ${seen.innerWidth}: ${seen.overflow.slice(0, 3).join("; ")}`,
        });
      }
      if (size === "phone" && seen.cutTables.length) {
        problems.push({ kind: "cut-columns", detail: `a table wider than the phone: ${seen.cutTables.join("; ")}` });
      }
      for (const c of log.console) problems.push({ kind: "console", detail: c });
      for (const r of log.requests) problems.push({ kind: "request", detail: r });
    } else {
      // Every GraphQL request fails: the page must say so, and never show an empty state instead.
      const lines = seen.mainText
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      // An empty text is a line of its own (or begins one); inside a sentence it is something else.
      const empties = lines.filter(
        (l) => [...EMPTY_TEXTS].some((e) => l.startsWith(e)) || EMPTY_PATTERNS.some((re) => re.test(l)),
      );
      if (empties.length && !seen.failure.length) {
        problems.push({
          kind: "fail-looks-empty",
          detail: `shows “${empties.slice(0, 3).join("”, “")}” and no failure`,
        });
      } else if (empties.length) {
        problems.push({
          kind: "fail-partly-empty",
          detail: `failure shown, but also “${empties.slice(0, 3).join("”, “")}”`,
        });
      } else if (!seen.failure.length) {
        problems.push({ kind: "fail-not-shown", detail: "no failure state in the page (only a toast, or nothing)" });
      }
      for (const c of log.console.filter((c) => !/Failed to load resource|500|ERR_FAILED|graphql/i.test(c))) {
        problems.push({ kind: "console", detail: c });
      }
    }
  } catch (err) {
    problems.push({ kind: "error", detail: String(err.message ?? err).split("\n")[0] });
  }
  results.push({ user, page: pg.name, size, lang, mode, problems, shot: path.relative(ROOT, shot) });
  const flag = problems.length
    ? `  ${problems.length} problem(s): ${[...new Set(problems.map((p) => p.kind))].join(", ")}`
    : "";
  console.log(`  ${name}${flag}`);
  for (const p of problems) console.log(`      ${p.kind}: ${p.detail}`);
}

async function main() {
  const t0 = Date.now();
  console.log("walkthrough: starting the built server on a fresh embedded database (it seeds the demo) …");
  const app = await harness.startServer({ LOG_LEVEL: "warn" });
  let browser;
  // Ctrl-C or a kill: stop the server and Chromium (by their PIDs) before leaving.
  const stopAll = async () => {
    await browser?.close();
    await app.stop();
    process.exit(130);
  };
  process.once("SIGINT", stopAll);
  process.once("SIGTERM", stopAll);
  try {
    browser = await harness.launchBrowser();
    console.log(`walkthrough: server ${app.baseURL} and Chromium ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const h = { baseURL: app.baseURL };
    const page = await browser.context.newPage();
    const ctx = { page, log: { console: [], requests: [] }, failing: null };
    page.on("console", (m) => {
      if (m.type() === "error") ctx.log.console.push(m.text().slice(0, 300));
    });
    page.on("pageerror", (e) => ctx.log.console.push(`uncaught: ${e.message.slice(0, 300)}`));
    page.on("requestfailed", (r) => {
      // ERR_ABORTED: a request the app (or the next navigation) cancelled, not one that failed.
      if (!ctx.failing && !/ERR_ABORTED/.test(r.failure()?.errorText ?? ""))
        ctx.log.requests.push(`${r.method()} ${r.url().replace(app.baseURL, "")}: ${r.failure()?.errorText}`);
    });
    page.on("response", (r) => {
      if (!ctx.failing && r.status() >= 400 && r.url().startsWith(app.baseURL)) {
        ctx.log.requests.push(`${r.request().method()} ${r.url().replace(app.baseURL, "")}: HTTP ${r.status()}`);
      }
    });
    await page.route("**/graphql", async (route) => {
      const body = route.request().postData() ?? "";
      const isLogin = body.includes('"operationName":"Login"');
      if (ctx.failing === "http500" && !isLogin) {
        await route.fulfill({
          status: 500,
          contentType: "application/json",
          body: JSON.stringify({
            errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
          }),
        });
      } else if (ctx.failing === "abort" && !isLogin) {
        await route.abort("failed");
      } else {
        await route.continue();
      }
    });

    for (const user of roles) {
      const pages = pagesOf(user);
      console.log(`\n${user} (${ROLE_OF[user]}): ${pages.map((p) => p.name).join(", ")}`);
      ctx.failing = null;
      await page.setViewportSize(SIZES.desk);
      await signIn(page, app.baseURL, user);
      if (walkNormal) {
        for (const lang of langs) {
          await setLang(page, lang);
          for (const size of sizes) {
            await page.setViewportSize(SIZES[size]);
            for (const pg of pages) await visit(h, ctx, { user, pg, size, lang, mode: "normal" });
          }
        }
      }
      if (walkFailures) {
        // HTTP 500 at the desk in Chinese, the network gone on a phone in English.
        // (page.goto reloads the app: every page's first load, with an empty Apollo cache, fails.)
        for (const [mode, size, lang] of [
          ["http500", sizes[0], langs[0]],
          ["abort", sizes.at(-1), langs.at(-1)],
        ]) {
          ctx.failing = null;
          await page.setViewportSize(SIZES[size]);
          await setLang(page, lang);
          ctx.failing = mode;
          for (const pg of pages) await visit(h, ctx, { user, pg, size, lang, mode });
          ctx.failing = null;
        }
      }
      await setLang(page, "zh");
    }
  } finally {
    await browser?.close();
    await app.stop();
  }
  report(t0);
}

function report(t0) {
  const pad = (s, n) => String(s).padEnd(n);
  const normal = results.filter((r) => r.mode === "normal");
  const failing = results.filter((r) => r.mode !== "normal");
  const byKind = {};
  for (const r of results) for (const p of r.problems) byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;

  console.log("\n=== walkthrough summary ===");
  console.log(
    `${normal.length} page views (${new Set(normal.map((r) => r.user)).size} roles × their pages × ${sizes.length} sizes × ${langs.length} languages), ` +
      `${failing.length} with GraphQL failing, in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  console.log(`${pad("role", 11)}${pad("page", 18)}${pad("size", 6)}${pad("lang", 5)}${pad("mode", 8)}problems`);
  for (const r of results) {
    if (!r.problems.length) continue;
    for (const p of r.problems) {
      console.log(
        `${pad(r.user, 11)}${pad(r.page, 18)}${pad(r.size, 6)}${pad(r.lang, 5)}${pad(r.mode, 8)}${p.kind}: ${p.detail}`,
      );
    }
  }
  console.log("\nby kind:", Object.keys(byKind).length ? JSON.stringify(byKind) : "none");
  const clean = results.filter((r) => !r.problems.length).length;
  console.log(`${clean}/${results.length} views without a problem; screenshots in ${path.relative(ROOT, OUT)}/`);
  writeFileSync(
    path.join(OUT, opt("roles") ? `summary-${roles.join("-")}.json` : "summary.json"),
    JSON.stringify(results, null, 2),
  );
  process.exitCode = results.some((r) => r.problems.length) ? 1 : 0;
}

await main();
