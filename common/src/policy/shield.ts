import { applyMiddleware } from "graphql-middleware";
import { allow, deny, rule, shield, type IRules } from "graphql-shield";
import { type GraphQLSchema } from "graphql";
import { type RequestIdentity } from "../auth/claims.js";
import { callerKind, type CallerKind } from "./roles.js";
import { forbidden } from "./policy-errors.js";
import { purposeDecision } from "./decisions.js";

export interface PolicyContext {
  identity: RequestIdentity;
}

/** Federation's own fields: the gateway needs them, and entity types carry their own rules. */
export const FEDERATION_INTERNALS = {
  Query: { _service: allow, _entities: allow },
  _Service: allow,
} as const;

/** Caller-only rules: same answer for the whole request, so cached per request. */
export const directCareAs = (...kinds: CallerKind[]) =>
  rule(`directCareAs:${kinds.join(",")}`, { cache: "contextual" })((_parent, _args, context: PolicyContext) => {
    const caller = context.identity.caller;
    return purposeDecision(caller) ? forbidden("PURPOSE_NOT_DIRECT_CARE") : kinds.includes(callerKind(caller)) || forbidden("ROLE_NOT_PERMITTED");
  });

export const serviceOnly = rule("serviceOnly", { cache: "contextual" })((_p, _a, context: PolicyContext) =>
  context.identity.caller.service ? true : forbidden("SERVICE_IDENTITY_REQUIRED"));

/** Wraps a subgraph schema in graphql-shield: anything not allowed explicitly is refused. */
export function guardSchema(schema: GraphQLSchema, rules: IRules): GraphQLSchema {
  const permissions = shield(rules, {
    fallbackRule: deny,
    fallbackError: () => forbidden("NOT_PERMITTED"),
    allowExternalErrors: true,
    debug: false,
  });
  return applyMiddleware(schema, permissions);
}

export { allow, deny, rule, and, or } from "graphql-shield";
export type { IRules } from "graphql-shield";
