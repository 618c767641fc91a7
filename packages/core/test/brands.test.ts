// The brands keep identifiers apart at compile time; `tsc --noEmit` (typecheck) enforces these lines.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CountryCode,
  type InstrumentCode,
  IsoDate,
  type PartnerId,
  ratificationId,
  ratificationSummary,
  type Dataset,
} from "../src/index.js";

describe("branded ids", () => {
  it("a CountryCode is not an InstrumentCode, nor a PartnerId, nor a plain string's equal", () => {
    expectTypeOf<CountryCode>().not.toEqualTypeOf<InstrumentCode>();
    expectTypeOf<CountryCode>().not.toExtend<InstrumentCode>();
    expectTypeOf<InstrumentCode>().not.toExtend<CountryCode>();
    expectTypeOf<PartnerId>().not.toExtend<CountryCode>();
    expectTypeOf<string>().not.toExtend<CountryCode>();
    expectTypeOf<CountryCode>().toExtend<string>();
  });

  it("functions take the brand they name", () => {
    expectTypeOf(ratificationSummary).parameter(1).toEqualTypeOf<CountryCode>();
    expectTypeOf(ratificationSummary).parameter(1).not.toExtend<InstrumentCode>();
    expectTypeOf(ratificationSummary).parameter(2).toEqualTypeOf<IsoDate>();
    expectTypeOf(ratificationId).parameters.toEqualTypeOf<[CountryCode, InstrumentCode]>();
    expectTypeOf<Dataset["ratifications"][number]["instrument"]>().toEqualTypeOf<InstrumentCode>();
  });

  it("brands are only made by parsing, which checks the value", () => {
    expect(CountryCode.safeParse("CN").success).toBe(true);
    expect(CountryCode.safeParse("C029").success).toBe(false);
    expect(IsoDate.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDate.safeParse("2023-02-29").success).toBe(false);
  });
});
