import { NhsNumberScalar } from "@scr/common";
import { isScalarType, type GraphQLSchema } from "graphql";

/**
 * The supergraph carries custom scalars without behaviour. Giving the gateway's own schema the real
 * NhsNumber rules refuses a bad number before any subgraph is asked.
 */
export function bindScalars(apiSchema: GraphQLSchema): void {
  const scalar = apiSchema.getType(NhsNumberScalar.name);
  if (!isScalarType(scalar)) return;
  scalar.parseValue = NhsNumberScalar.parseValue;
  scalar.parseLiteral = NhsNumberScalar.parseLiteral;
  scalar.serialize = NhsNumberScalar.serialize;
}
