import { describe, expect, it } from "vitest";
import { checkoutInput, checkoutProblems, emptyCheckout, isValidCreditCode, taxNumberProblem } from "./checkout";

const full = {
  deliveryAddress: "山东省青岛市胶州市徐州路 29 号",
  deliveryContact: "刘海燕",
  deliveryPhone: "138 5326 1208",
  invoiceTitle: "胶州市人民医院",
  taxNumber: "12370281mb1234567b",
  note: "",
};

describe("checkout rules", () => {
  it("checks the unified social credit code's check character, as the server does", () => {
    expect(isValidCreditCode("91110000600037341L")).toBe(true);
    expect(isValidCreditCode("91110000600037341A")).toBe(false);
    expect(taxNumberProblem("12370281mb1234567b")).toBeNull(); // upper-cased first
    expect(taxNumberProblem("12370281MB1234567C")).toBe("taxCheck");
    expect(taxNumberProblem("370281123456789")).toBeNull(); // 15 digits: an older registration
    expect(taxNumberProblem("1234-5678")).toBe("taxFormat");
    expect(taxNumberProblem("1".repeat(21))).toBe("taxFormat");
  });

  it("an online order needs the delivery and the invoice; a sale at the centre needs neither", () => {
    expect(checkoutProblems(full, "ONLINE")).toEqual({});
    expect(checkoutProblems(emptyCheckout(), "ONLINE")).toEqual({
      deliveryAddress: "required",
      deliveryContact: "required",
      deliveryPhone: "required",
      invoiceTitle: "required",
      taxNumber: "required",
    });
    expect(checkoutProblems(emptyCheckout(), "SALES_CENTRE")).toEqual({});
    // What is typed must still be right, and a tax number needs its title.
    expect(checkoutProblems({ ...emptyCheckout(), taxNumber: "91110000600037341L" }, "FAIR")).toEqual({
      invoiceTitle: "required",
    });
  });

  it("names what is wrong: a short address, a phone, a tax number, an over-long note", () => {
    expect(
      checkoutProblems(
        {
          ...full,
          deliveryAddress: "胶州",
          deliveryPhone: "12345",
          taxNumber: "91110000600037341A",
          note: "长".repeat(501),
        },
        "ONLINE",
      ),
    ).toEqual({
      deliveryAddress: "addressShort",
      deliveryPhone: "phoneFormat",
      taxNumber: "taxCheck",
      note: "tooLong",
    });
    expect(checkoutProblems({ ...full, deliveryPhone: "0532-87216688" }, "ONLINE")).toEqual({});
    expect(checkoutProblems({ ...full, deliveryPhone: "+86 138 5326 1208" }, "ONLINE")).toEqual({});
  });

  it("sends trimmed, normalised values, and no delivery for a sale handed over on the spot", () => {
    expect(checkoutInput({ ...full, note: "  上午送达 " }, "ONLINE")).toEqual({
      deliveryAddress: full.deliveryAddress,
      deliveryContact: "刘海燕",
      deliveryPhone: "13853261208",
      invoiceTitle: "胶州市人民医院",
      taxNumber: "12370281MB1234567B",
      note: "上午送达",
    });
    expect(checkoutInput(full, "FAIR")).toEqual({ invoiceTitle: "胶州市人民医院", taxNumber: "12370281MB1234567B" });
  });
});
