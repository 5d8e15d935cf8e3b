import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { regionCodeFromSubgraphName } from "@scr/common";
import { GraphQLError } from "graphql";
import { type GatewayContext } from "./gateway.context.js";

/** Forwards the caller's token and request id to a subgraph; names the region when one fails. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraphName: string, url: string, private readonly timeoutMs: number) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // Only operations that came from a client carry an identity; health checks and the like do not.
    if (!("identity" in context) || !context.identity) return;
    request.http?.headers.set("authorization", `Bearer ${context.identity.token}`);
    request.http?.headers.set("x-request-id", context.identity.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const region = regionCodeFromSubgraphName(this.subgraphName);
    try {
      return await withTimeout(super.process(options), this.timeoutMs);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions?.code === "UNAUTHENTICATED") throw error;
      // A subgraph that refused the request (4xx with GraphQL errors) answered: pass its errors on.
      const response = error instanceof GraphQLError ? (error.extensions?.response as { status?: number; body?: { errors?: unknown[] } } | undefined) : undefined;
      if (response?.status && response.status < 500 && Array.isArray(response.body?.errors)) {
        return { errors: response.body.errors as GraphQLError[] };
      }
      throw new GraphQLError(region ? `Region ${region} did not answer.` : `A part of the federation did not answer.`, {
        extensions: region ? { code: "REGION_UNAVAILABLE", region } : { code: "SUBGRAPH_UNAVAILABLE" },
      });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error("timeout")), ms); }),
  ]).finally(() => clearTimeout(timer));
}
