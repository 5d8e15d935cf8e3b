import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { parseNhsNumber } from "./nhs-number.js";

function accept(value: unknown): string {
  const parsed = parseNhsNumber(value);
  if (parsed.ok) return parsed.value;
  const why = parsed.problem === "FORMAT"
    ? "must be 10 digits, optionally spaced 3-3-4"
    : "fails the modulus 11 check";
  throw new GraphQLError(`Not a valid NHS number: ${why}.`, {
    extensions: { code: "BAD_USER_INPUT", reason: `NHS_NUMBER_${parsed.problem}` },
  });
}

export const NhsNumberScalar = new GraphQLScalarType<string, string>({
  name: "NhsNumber",
  description: "An NHS number: 10 digits with a valid modulus 11 check digit. Accepts `9990000018` or `999 000 0018`; always returned as 10 digits.",
  specifiedByURL: "https://www.datadictionary.nhs.uk/attributes/nhs_number.html",
  serialize: (value) => accept(value),
  parseValue: (value) => accept(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError("Not a valid NHS number: must be a string.", {
        extensions: { code: "BAD_USER_INPUT", reason: "NHS_NUMBER_FORMAT" },
      });
    }
    return accept(ast.value);
  },
});
