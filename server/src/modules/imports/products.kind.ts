import { Role } from "../../shared/auth";
import { AppError } from "../../shared/errors";
import { parseHundredths } from "../../shared/money";
import { insertProducts, productKey, productKeysOf, type NewProductRow } from "../products/product.bulk";
import { checkCertificate, checkPrice } from "../products/product.service";
import { isValidCreditCode } from "../suppliers/credit-code";
import { suppliersByCreditCode } from "../suppliers/supplier.service";
import { parseDateCell } from "./cells";
import { ImportKindName } from "./import-batch.entity";
import type { ImportColumn, ImportKind, RowVerdict } from "./kinds";
import { msg, type Message } from "../../shared/messages";

const COLUMNS: ImportColumn[] = [
  {
    header: "供应商统一社会信用代码",
    key: "creditCode",
    required: true,
    text: true,
    rule: "必填，18位统一社会信用代码，校验位须正确；供应商须已在本县推荐登记",
    example: "91350100M000100Y43",
    width: 24,
  },
  {
    header: "产品名称",
    key: "name",
    required: true,
    rule: "必填，不超过100字。同一供应商的同名产品只登记一次，重复导入不会重复上架",
    example: "镇宁土蜂蜜",
    width: 20,
  },
  { header: "品类", key: "category", required: true, rule: "必填，不超过50字", example: "蜂产品", width: 10 },
  { header: "规格", key: "spec", required: true, rule: "必填，不超过100字", example: "500g/瓶", width: 12 },
  { header: "单位", key: "unit", required: true, rule: "必填，不超过20字", example: "瓶", width: 8 },
  {
    header: "价格（元）",
    key: "price",
    required: true,
    rule: "必填，大于0，精确到分（至多两位小数）",
    example: "68.00",
    width: 12,
  },
  { header: "库存", key: "stock", required: true, rule: "必填，0 至 10,000,000 的整数", example: "500", width: 10 },
  {
    header: "认定证书编号",
    key: "certificateNo",
    required: false,
    rule: "选填；填写时须填有效期起止",
    example: "",
    width: 18,
  },
  {
    header: "认定机构",
    key: "certificateAuthority",
    required: false,
    rule: "选填，不超过100字",
    example: "",
    width: 16,
  },
  {
    header: "证书有效期起",
    key: "validFrom",
    required: false,
    rule: "选填，日期（如 2026-01-01）",
    example: "",
    width: 14,
  },
  {
    header: "证书有效期止",
    key: "validTo",
    required: false,
    rule: "选填，日期，不早于有效期起",
    example: "",
    width: 14,
  },
];
const headerOf = (key: string) => COLUMNS.find((c) => c.key === key)!.header;
/** `checkPrice` / `checkCertificate` field names → the template's columns. */
const FIELD_COLUMN: Record<string, string> = {
  price: "price",
  certificateValidTo: "validTo",
  certificateValidFrom: "validFrom",
};
const TEXT_LIMITS: [key: string, max: number, required: Message | null][] = [
  ["name", 100, msg("请输入名称", "Enter a name")],
  ["category", 50, msg("请输入品类", "Enter a category")],
  ["spec", 100, msg("请输入规格", "Enter a specification")],
  ["unit", 20, msg("请输入单位", "Enter a unit")],
  ["certificateNo", 100, null],
  ["certificateAuthority", 100, null],
];

/**
 * 产品 (county officials, admins): the rules of `createProduct` (required texts and their lengths,
 * `checkPrice`, `checkCertificate`, stock 0–10,000,000) for a supplier in the caller's scope, named
 * by its credit code (check character as `recommendSupplier`). Natural key: supplier + product name;
 * a product already listed under that name is "unchanged" (not updated).
 */
export const productsKind: ImportKind<NewProductRow> = {
  name: ImportKindName.PRODUCTS,
  label: "产品",
  roles: [Role.COUNTY_OFFICIAL, Role.ADMIN],
  columns: COLUMNS,
  async check(ctx, rows) {
    const codes = rows.map((r) => r.cells.creditCode.toUpperCase()).filter(isValidCreditCode);
    const suppliers = await suppliersByCreditCode(ctx, codes);
    const existing = await productKeysOf(
      ctx,
      [...suppliers.values()].map((s) => s.id),
    );
    const seen = new Map<string, number>();

    return rows.map(({ row, cells }): RowVerdict<NewProductRow> => {
      const problems: { column: string; reason: Message }[] = [];
      const add = (key: string, reason: Message) => problems.push({ column: headerOf(key), reason });
      const code = cells.creditCode.toUpperCase();
      let supplier: { id: string; countyId: string } | undefined;
      if (!code) add("creditCode", msg("必填", "Required"));
      else if (!isValidCreditCode(code))
        add(
          "creditCode",
          msg("统一社会信用代码无效(校验位不符)", "Invalid unified social credit code (check character)"),
        );
      else {
        supplier = suppliers.get(code);
        if (!supplier)
          add("creditCode", msg("供应商未登记或不在您的辖区", "Supplier not registered or outside your region"));
      }
      for (const [key, max, required] of TEXT_LIMITS) {
        if (!cells[key] && required) add(key, required);
        else if (cells[key].length > max) add(key, msg(`不超过${max}字`, `At most ${max} characters`));
      }
      const price = cells.price ? parseHundredths(cells.price) : null;
      if (price === null) add("price", msg("价格须为精确到分的金额", "The price must be an amount to the fen"));
      else
        try {
          checkPrice(price);
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          add("price", e.texts);
        }
      const stock = /^\d+$/.test(cells.stock) ? Number(cells.stock) : NaN;
      if (!Number.isInteger(stock) || stock > 10_000_000)
        add("stock", msg("库存须为 0 至 10,000,000 的整数", "Stock must be a whole number 0–10,000,000"));
      const from = cells.validFrom ? parseDateCell(cells.validFrom) : null;
      const to = cells.validTo ? parseDateCell(cells.validTo) : null;
      if (from === undefined) add("validFrom", msg("日期格式须为 2026-03-01", "Date like 2026-03-01"));
      if (to === undefined) add("validTo", msg("日期格式须为 2026-03-01", "Date like 2026-03-01"));
      if (from !== undefined && to !== undefined)
        try {
          checkCertificate({ certificateNo: cells.certificateNo, certificateValidFrom: from, certificateValidTo: to });
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          add(FIELD_COLUMN[String(e.extensions.field)] ?? "validTo", e.texts);
        }
      if (problems.length || !supplier || price === null) return { problems };

      const key = productKey(supplier.id, cells.name);
      const first = seen.get(key);
      if (first !== undefined)
        return {
          problems: [{ column: headerOf("name"), reason: msg(`与第${first}行重复`, `Same product as row ${first}`) }],
        };
      seen.set(key, row);
      const value: NewProductRow = {
        supplierId: supplier.id,
        countyId: supplier.countyId,
        name: cells.name,
        category: cells.category,
        spec: cells.spec,
        unit: cells.unit,
        price,
        stock,
        certificateNo: cells.certificateNo || null,
        certificateAuthority: cells.certificateAuthority || null,
        certificateValidFrom: from ?? null,
        certificateValidTo: to ?? null,
      };
      return { problems, value, unchanged: existing.has(key) };
    });
  },
  write: (ctx, values) => insertProducts(ctx, values),
};
