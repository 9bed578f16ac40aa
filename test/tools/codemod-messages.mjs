#!/usr/bin/env node
/**
 * Codemod: "中文 / English" literals in server/src → msg("中文", "English") (server/src/shared/messages.ts).
 *
 *   node test/tools/codemod-messages.mjs            rewrite server/src in place, list what changed
 *   node test/tools/codemod-messages.mjs --check    change nothing; exit 1 listing what it would rewrite
 *   node test/tools/codemod-messages.mjs FILE…      only these files
 *
 * Idempotent: a rewritten literal no longer holds " / " between a Chinese and an English half, so a
 * second run changes nothing. Re-run it after merging a branch that added "中文 / English" literals,
 * then `npm run build -w server` (tsc names any place that still wants a string).
 *
 * What it rewrites, at the SOURCE level (nothing is evaluated):
 * - a string literal 'a / b' or "a / b", split at the first " / " whose left part holds CJK and whose
 *   right part holds none: "结对关系 / Pairing" → msg("结对关系", "Pairing");
 * - a template literal, split the same way in its static text, each ${…} staying on its side:
 *   `岗位“${p}”已招满 / No places left` → msg(`岗位“${p}”已招满`, "No places left");
 * - inside a decorator, the `message` option of a class-validator rule → vmsg("…", "…") (a string
 *   class-validator accepts; the error formatter decodes both texts back).
 * What it leaves: comments; GraphQL `description`/`deprecationReason` texts; console.* and logger
 * calls (operators read those); literals already inside msg()/vmsg(); and the folders server/src/tools
 * (command-line tools) and server/src/db (migrations, demo data typed as users would, the embedded
 * database's start-up errors). The same rules drive the scan test (server/src/shared/messages.test.ts),
 * so what this leaves, the test allows, and what the test refuses, this rewrites.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SERVER_SRC = path.join(ROOT, "server/src");
const MESSAGES_MODULE = path.join(SERVER_SRC, "shared/messages.ts");
/** Folders under server/src whose literals are not messages to a client (see above). */
const SKIPPED_DIRS = ["tools", "db"].map((d) => path.join(SERVER_SRC, d) + path.sep);

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/**
 * " / ", or a slash right after Chinese text or a closing bracket with a space after it ("(…改写)/ Enter").
 * Never "GB/T", "吨/箱" or "at /graphql".
 */
const SEP = /\s+\/\s+|(?<=[^\s\x00-\x7f]|\))\/\s+/g;

/** The server's source files the codemod and the scan look at. */
export function serverFiles(dir = SERVER_SRC) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.includes(p + path.sep)) out.push(...serverFiles(p));
    } else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out.sort();
}

/**
 * An English half: Latin letters and no CJK, or (quoting Chinese words, "Must be 男 or 女") starting
 * with a Latin letter and holding more Latin letters than CJK characters.
 */
function isEnglish(text) {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (!latin) return false;
  if (!CJK.test(text)) return true;
  const cjk = (text.match(new RegExp(CJK.source, "g")) ?? []).length;
  return /^[A-Za-z]/.test(text) && latin > cjk;
}

/**
 * Where to split a literal's static parts: the first " / " whose left text holds a Han character and
 * whose right text is English (isEnglish). `parts` are the static texts in order (expressions between
 * them are not looked at). Returns [part index, offset of the separator in it, its length] or null.
 */
export function splitPoint(parts) {
  for (let k = 0; k < parts.length; k++) {
    for (const m of parts[k].matchAll(SEP)) {
      const left = parts.slice(0, k).join("") + parts[k].slice(0, m.index);
      const right = parts[k].slice(m.index + m[0].length) + parts.slice(k + 1).join("");
      if (HAN.test(left) && isEnglish(right)) return [k, m.index, m[0].length];
    }
  }
  return null;
}

const LOG_CALL = /^(console|(?:[\w$]+\.)*(?:log|logger))\.(log|info|warn|error|debug|fatal|trace|child)$/;

/** Why a literal in this position is not a message (or null when it is one). */
function skipReason(node) {
  for (let n = node, child = null; n; child = n, n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n)) return "module or type";
    if (ts.isPropertyAssignment(n) && child === n.initializer) {
      const name = n.name.getText();
      if (name === "description" || name === "deprecationReason") return "schema description";
    }
    if (ts.isCallExpression(n) && child !== n.expression) {
      const callee = n.expression.getText();
      if (LOG_CALL.test(callee)) return "log line";
      if (callee === "msg" || callee === "vmsg") return "already a message";
    }
    if (ts.isDecorator(n)) return null;
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) return null;
  }
  return null;
}

/** Inside a decorator's options, as `message: "…"` (a class-validator rule)? */
function isValidatorMessage(node) {
  const p = node.parent;
  if (!p || !ts.isPropertyAssignment(p) || p.name.getText() !== "message") return false;
  for (let n = p; n; n = n.parent) {
    if (ts.isDecorator(n)) return true;
    if (ts.isFunctionLike(n) || ts.isClassDeclaration(n)) return false;
  }
  return false;
}

/** A side's source: a plain double-quoted string when it can be, else a template literal. */
function sideSource(rawParts, exprs, quote) {
  if (exprs.length === 0) {
    const raw = rawParts[0];
    if (quote === "`") {
      // Template raw text → a string literal when nothing needs the backticks.
      if (!/[\\"\n\r]/.test(raw) && !raw.includes("${")) return `"${raw}"`;
      return "`" + raw + "`";
    }
    return quote + raw + quote;
  }
  let s = "`" + rawParts[0];
  for (let i = 0; i < exprs.length; i++) s += "${" + exprs[i] + "}" + rawParts[i + 1];
  return s + "`";
}

/**
 * One literal's replacement, or null when it is not "中文 / English". For a template, the
 * expressions are copied as source text (`${a.b}`), so nothing but the literal itself changes.
 */
function rewriteLiteral(node, sf) {
  let quote;
  let rawParts;
  let exprs = [];
  if (ts.isStringLiteral(node)) {
    const text = node.getText(sf);
    quote = text[0];
    rawParts = [text.slice(1, -1)];
  } else if (ts.isNoSubstitutionTemplateLiteral(node)) {
    quote = "`";
    rawParts = [node.getText(sf).slice(1, -1)];
  } else if (ts.isTemplateExpression(node)) {
    quote = "`";
    const headText = node.head.getText(sf); // "`…${"
    rawParts = [headText.slice(1, -2)];
    for (const span of node.templateSpans) {
      exprs.push(span.expression.getText(sf));
      const lit = span.literal.getText(sf); // "}…${" or "}…`"
      rawParts.push(ts.isTemplateTail(span.literal) ? lit.slice(1, -1) : lit.slice(1, -2));
    }
  } else return null;
  const at = splitPoint(rawParts);
  if (!at) return null;
  const [k, i, len] = at;
  const zhParts = [...rawParts.slice(0, k), rawParts[k].slice(0, i)];
  const enParts = [rawParts[k].slice(i + len), ...rawParts.slice(k + 1)];
  const zhExprs = exprs.slice(0, k);
  const enExprs = exprs.slice(k);
  return `(${sideSource(zhParts, zhExprs, quote)}, ${sideSource(enParts, enExprs, quote)})`;
}

/**
 * Rewrites one file's text. Returns { text, changes: [{ line, before, after }] }; `text` is
 * unchanged when there is nothing to rewrite. Imports msg/vmsg from shared/messages when used.
 */
export function rewriteSource(text, fileName) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      if (!skipReason(node)) {
        const args = rewriteLiteral(node, sf);
        if (args) {
          const fn = isValidatorMessage(node) ? "vmsg" : "msg";
          edits.push({ start: node.getStart(sf), end: node.getEnd(), replacement: fn + args, fn });
        }
      }
      if (ts.isTemplateExpression(node)) {
        // Expressions inside a rewritten template are copied as they are; inside one left alone,
        // a nested "中文 / English" literal is still a message.
        if (!edits.length || edits[edits.length - 1].start !== node.getStart(sf)) ts.forEachChild(node, visit);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) return { text, changes: [] };
  const changes = edits.map((e) => ({
    line: sf.getLineAndCharacterOfPosition(e.start).line + 1,
    before: text.slice(e.start, e.end),
    after: e.replacement,
  }));
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  out = withImports(out, fileName, [...new Set(edits.map((e) => e.fn))]);
  return { text: out, changes };
}

/** Adds `msg`/`vmsg` to the file's import from shared/messages (or a new import after the last one). */
function withImports(text, fileName, names) {
  if (path.resolve(fileName) === MESSAGES_MODULE) return text;
  let spec = path.relative(path.dirname(fileName), MESSAGES_MODULE).replace(/\\/g, "/").replace(/\.ts$/, "");
  if (!spec.startsWith(".")) spec = "./" + spec;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const existing = sf.statements.find(
    (s) => ts.isImportDeclaration(s) && s.moduleSpecifier.text === spec && !s.importClause?.isTypeOnly,
  );
  if (existing) {
    const bindings = existing.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      const have = bindings.elements.map((e) => e.getText(sf));
      const missing = names.filter((n) => !bindings.elements.some((e) => e.name.text === n && !e.isTypeOnly));
      if (!missing.length) return text;
      const list = [...have, ...missing].join(", ");
      return text.slice(0, bindings.getStart(sf)) + `{ ${list} }` + text.slice(bindings.getEnd());
    }
  }
  const imports = sf.statements.filter((s) => ts.isImportDeclaration(s));
  const line = `import { ${names.sort().join(", ")} } from "${spec}";\n`;
  if (!imports.length) return line + text;
  const last = imports[imports.length - 1];
  const at = text.indexOf("\n", last.getEnd());
  return text.slice(0, at + 1) + line + text.slice(at + 1);
}

function main(argv) {
  const check = argv.includes("--check");
  const given = argv.filter((a) => !a.startsWith("--")).map((f) => path.resolve(f));
  const files = given.length ? given : serverFiles();
  let total = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    const { text: out, changes } = rewriteSource(text, f);
    if (!changes.length) continue;
    total += changes.length;
    const rel = path.relative(ROOT, f);
    for (const c of changes) console.log(`${rel}:${c.line}: ${c.before}  →  ${c.after}`);
    if (!check) fs.writeFileSync(f, out);
  }
  if (check) {
    if (total) {
      console.error(`${total} "中文 / English" literal(s) to rewrite: run node test/tools/codemod-messages.mjs`);
      process.exit(1);
    }
    console.log('no "中文 / English" literals left');
  } else {
    console.log(`${total} literal(s) rewritten`);
    if (total) console.log("next: npx prettier --write server/src && npm run build -w server");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
