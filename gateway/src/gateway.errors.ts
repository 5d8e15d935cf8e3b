import { maskError, regionCodeFromSubgraphName } from "@scr/common";
import { type GraphQLFormattedError } from "graphql";

/**
 * Errors leave the gateway with a stable code and never a subgraph URL or stack. A region's internal
 * failure becomes REGION_UNAVAILABLE naming the region.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  // A literal that fails a scalar's rules (an invalid NHS number) is bad input, not a bad query.
  const cause = (error as { originalError?: { extensions?: Record<string, unknown> } } | undefined)?.originalError;
  if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && cause?.extensions?.code === "BAD_USER_INPUT") {
    return maskError({ ...formatted, extensions: { ...cause.extensions } });
  }
  const serviceName = formatted.extensions?.serviceName;
  const region = typeof serviceName === "string" ? regionCodeFromSubgraphName(serviceName) : undefined;
  const code = formatted.extensions?.code;
  const publicCode = ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "REGION_UNAVAILABLE"].includes(String(code));
  if (region && !publicCode) {
    return { message: `Region ${region} did not answer.`, path: formatted.path, extensions: { code: "REGION_UNAVAILABLE", region } };
  }
  return maskError(formatted);
}

/**
 * The same refusal reaches the client once: every region refusing the data a unified field
 * requires would otherwise repeat it per region.
 */
export function withoutDuplicates(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = JSON.stringify([error.message, error.path, error.extensions?.code, error.extensions?.reason, error.extensions?.region]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
