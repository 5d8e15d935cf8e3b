import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError("Not an ISO 8601 date-time.", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return date;
}

/** ISO 8601 date-time in UTC, e.g. `2026-03-01T09:30:00.000Z`. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An ISO 8601 date-time in UTC, e.g. 2026-03-01T09:30:00.000Z.",
  serialize: (value) => toDate(value).toISOString(),
  parseValue: (value) => toDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("DateTime must be a string.", { extensions: { code: "BAD_USER_INPUT" } });
    return toDate(ast.value);
  },
});
