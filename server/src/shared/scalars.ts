import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { formatFen, parseMoneyInput } from "./money";
import { type Message, msg } from "./messages";

/** A literal as JSON would carry it: a string, a whole number, or (for FLOAT) nothing acceptable. */
function literalValue(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT) return Number(ast.value);
  return undefined; // FLOAT literals (12.5) are refused like JSON floats
}

// Scalar errors never repeat the value sent (it may be personal data typed into the wrong field).
const MONEY_MESSAGE = msg(
  '金额须为精确到分的文本,如 "12.50",或整数元',
  'Money must be text exact to the fen ("12.50") or whole yuan',
);
const QUANTITY_MESSAGE = msg(
  '数量须为精确到百分位的文本,如 "795" 或 "12.50"',
  'Quantity must be exact text ("795", "12.50")',
);
const DATE_MESSAGE = msg("日期格式应为 YYYY-MM-DD", "Date must be YYYY-MM-DD");
/** The scalars' input messages: format-error keeps these (they name no value) and rewrites the rest. */
export const SCALAR_MESSAGES: readonly Message[] = [MONEY_MESSAGE, QUANTITY_MESSAGE, DATE_MESSAGE];
/** graphql-js wraps a scalar's error into its own message: thrown with the Chinese text, found back by it (format-error.ts). */
const scalarError = (m: Message, ast?: ValueNode) =>
  new GraphQLError(m.zh, { ...(ast ? { nodes: ast } : {}), extensions: { code: "BAD_USER_INPUT", messages: m.texts } });

/** Money: exact yuan. Out: integer fen → "12345.60". In: "12345.6" | "12345" | 12345 → integer fen. */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: "Money",
  description:
    'An exact amount of money in yuan (元), written with two decimals: "12345.60". Input accepts text exact to the fen (分) or a whole number of yuan; "1.005" and JSON floats (12.5) are refused.',
  serialize(value) {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new GraphQLError("Money must be integer fen");
    return formatFen(value);
  },
  parseValue(value) {
    const fen = parseMoneyInput(value);
    if (fen === null) throw scalarError(MONEY_MESSAGE);
    return fen;
  },
  parseLiteral(ast) {
    const fen = parseMoneyInput(literalValue(ast));
    if (fen === null) throw scalarError(MONEY_MESSAGE, ast);
    return fen;
  },
});

/**
 * Quantity: the exact amount of an agreement indicator in that indicator's unit. YUAN indicators
 * are written like Money ("3310000000.00"); PEOPLE and COUNT as whole numbers ("795").
 * Input is parsed into hundredths here (text, or a whole number; JSON floats refused as for Money);
 * the service checks it against the indicator's unit.
 * Output is formatted by the resolver, which knows the unit.
 */
export const QuantityScalar = new GraphQLScalarType<number, string>({
  name: "Quantity",
  description:
    'An exact indicator amount in its unit: yuan with two decimals for YUAN indicators ("3310000000.00"), a whole number for PEOPLE and COUNT ("795").',
  serialize(value) {
    if (typeof value !== "string") throw new GraphQLError("Quantity must be pre-formatted text");
    return value;
  },
  parseValue(value) {
    const h = parseMoneyInput(value);
    if (h === null) throw scalarError(QUANTITY_MESSAGE);
    return h;
  },
  parseLiteral(ast) {
    const h = parseMoneyInput(literalValue(ast));
    if (h === null) throw scalarError(QUANTITY_MESSAGE, ast);
    return h;
  },
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar day, years 0100–9999 (the proleptic Gregorian calendar of JS Date, which reads
 * years 0–99 as 1900–1999: those were never accepted). Arithmetic, no Date: the Date scalar checks
 * every date it sends, a catalogue page 100 of them (issue 14).
 */
export function isValidIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

/** A calendar date without time zone, "2020-06-30" (PostgreSQL `date`, kept as text end to end). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar date, "YYYY-MM-DD".',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === "string" && isValidIsoDate(value)) return value;
    throw new GraphQLError("Date must be YYYY-MM-DD");
  },
  parseValue(value) {
    if (typeof value === "string" && isValidIsoDate(value)) return value;
    throw scalarError(DATE_MESSAGE);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isValidIsoDate(ast.value)) return ast.value;
    throw scalarError(DATE_MESSAGE, ast);
  },
});
