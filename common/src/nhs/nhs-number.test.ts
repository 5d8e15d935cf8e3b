import { describe, expect, it } from "vitest";
import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { formatNhsNumber, isValidNhsNumber, parseNhsNumber, testRangeNhsNumbers } from "./nhs-number.js";
import { NhsNumberScalar } from "./nhs-number.scalar.js";

describe("NHS number", () => {
  it.each(["9434765919", "9990000018", "9000000009", "943 476 5919", "999 000 0018"])("accepts %s", (input) => {
    expect(isValidNhsNumber(input)).toBe(true);
  });

  it.each([
    ["9876544321", "CHECK_DIGIT"], ["9990000019", "CHECK_DIGIT"], ["999 000 0019", "CHECK_DIGIT"],
    ["999-000-0018", "FORMAT"], ["99900000180", "FORMAT"], ["999000001", "FORMAT"], ["9990 000018", "FORMAT"],
    [" 9990000018", "FORMAT"], ["999000001a", "FORMAT"], ["", "FORMAT"],
  ])("rejects %s (%s)", (input, problem) => {
    expect(parseNhsNumber(input)).toEqual({ ok: false, problem });
  });

  it("rejects numbers whose check digit would be 10", () => {
    // 999000000x: the weighted sum leaves remainder 1, so the check digit would be 10: never issued.
    const firstNine = "999000000";
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`${firstNine}${d}`)).toBe(false);
  });

  it("rejects non-strings", () => {
    expect(parseNhsNumber(9990000018)).toEqual({ ok: false, problem: "FORMAT" });
  });

  it("formats 3-3-4", () => expect(formatNhsNumber("9990000018")).toBe("999 000 0018"));

  it("generates only valid, distinct test-range numbers", () => {
    const numbers = [...testRangeNhsNumbers(0)].slice(0, 5000);
    expect(numbers.every((n) => n.startsWith("999") && isValidNhsNumber(n))).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe("NhsNumber scalar", () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        echo: { type: NhsNumberScalar, args: { n: { type: NhsNumberScalar } }, resolve: (_, { n }) => n },
        bad: { type: NhsNumberScalar, resolve: () => "9990000019" },
        plain: { type: GraphQLString, resolve: () => "x" },
      },
    }),
  });

  it("parses spaced literals and variables and serialises 10 digits", async () => {
    expect((await graphql({ schema, source: `{ echo(n: "999 000 0018") }` })).data).toEqual({ echo: "9990000018" });
    const result = await graphql({ schema, source: `query($n: NhsNumber) { echo(n: $n) }`, variableValues: { n: "999 000 0018" } });
    expect(result.data).toEqual({ echo: "9990000018" });
  });

  it.each([`"9990000019"`, `"999-000-0018"`, `9990000018`])("refuses literal %s with BAD_USER_INPUT", async (literal) => {
    const result = await graphql({ schema, source: `{ echo(n: ${literal}) }` });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses an invalid variable with BAD_USER_INPUT", async () => {
    const result = await graphql({ schema, source: `query($n: NhsNumber) { echo(n: $n) }`, variableValues: { n: "9990000019" } });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("never serialises an invalid number", async () => {
    const result = await graphql({ schema, source: `{ bad }` });
    expect(result.errors?.[0].message).toMatch(/modulus 11/);
  });
});
