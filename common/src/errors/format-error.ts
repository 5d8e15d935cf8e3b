import { type GraphQLFormattedError } from "graphql";

/** Codes clients may see with their own message; anything else is an internal failure. */
const PUBLIC_CODES = new Set([
  "UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "REGION_UNAVAILABLE", "SUBGRAPH_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE",
]);

/** Extension keys that may reach a client. Never a stack trace, URL, SQL or service name. */
const PUBLIC_EXTENSIONS = ["code", "reason", "region", "argument"];

export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
  const extensions: Record<string, unknown> = {};
  for (const key of PUBLIC_EXTENSIONS) {
    if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  }
  if (!PUBLIC_CODES.has(code)) {
    return { message: "Internal error.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  }
  return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { ...extensions, code } };
}
