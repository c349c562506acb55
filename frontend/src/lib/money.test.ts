import { describe, expect, it } from "vitest";
import { formatMoney, parseAmount, RATE_PATTERN } from "./money";

describe("formatMoney", () => {
  it("keeps every digit of an amount beyond a float's precision", () => {
    expect(formatMoney("999999999999999.99", "EUR", "en-GB")).toBe("€999,999,999,999,999.99");
  });
  it("writes the currency's usual decimals", () => {
    expect(formatMoney("1250000", "USD", "en-GB")).toBe("US$1,250,000.00");
    expect(formatMoney("500", "JPY", "en-GB")).toBe("JP¥500");
  });
  it("never drops a digit the register holds", () => {
    expect(formatMoney("10.1234", "EUR", "en-GB")).toBe("€10.1234");
  });
  it("shows what it cannot read as it came", () => {
    expect(formatMoney("n/a", "EUR")).toBe("n/a EUR");
  });
});

describe("parseAmount", () => {
  it("takes the separators people type", () => {
    expect(parseAmount(" 1,250,000.50 ")).toBe("1250000.50");
    expect(parseAmount("1 000")).toBe("1000");
  });
  it("refuses what the register would refuse", () => {
    expect(parseAmount("1.23456")).toBeNull();
    expect(parseAmount("-5")).toBeNull();
    expect(parseAmount("1e6")).toBeNull();
    expect(parseAmount("")).toBeNull();
  });
  it("reads rates with their own pattern", () => {
    expect(parseAmount("1.0825", RATE_PATTERN)).toBe("1.0825");
  });
});
