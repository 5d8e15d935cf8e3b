import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { type GraphQLSchema } from "graphql";
import { randomUUID } from "node:crypto";
import { type IncomingMessage, type Server } from "node:http";
import { bearerToken, unauthenticated, type TokenVerifier } from "../auth/token.verifier.js";
import { type RequestIdentity } from "../auth/claims.js";
import { maskError } from "../errors/format-error.js";
import { close, createGraphQLHttpServer, healthRoute, listen, type ExtraRoute } from "../http/graphql-http.js";

export interface SubgraphServerOptions<TContext extends BaseContext> {
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  /** Builds the per-request context (loaders, policy) once the caller is verified. */
  context: (identity: RequestIdentity) => TContext | Promise<TContext>;
  health?: () => Promise<unknown> | unknown;
  routes?: ExtraRoute[];
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export interface SubgraphServer<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Authenticates a raw request and builds its context, as HTTP requests are. */
  contextFor(headers: Record<string, string | undefined>): Promise<TContext>;
  listen(port?: number, host?: string): Promise<RunningServer>;
}

/** Reads and verifies the caller; a subgraph reached around the gateway gives nothing away. */
export async function identify(headers: Record<string, string | string[] | undefined>, verifier: TokenVerifier): Promise<RequestIdentity> {
  const header = (name: string) => { const v = headers[name]; return Array.isArray(v) ? v[0] : v; };
  const token = bearerToken(header("authorization"));
  if (!token) throw unauthenticated();
  const caller = await verifier(token);
  const requestId = header("x-request-id");
  return { caller, token, requestId: requestId && /^[\w.-]{1,100}$/.test(requestId) ? requestId : randomUUID() };
}

export function createSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): SubgraphServer<TContext> {
  const production = process.env.NODE_ENV === "production";
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    introspection: !production,
    formatError: (formatted) => maskError(formatted),
    // Inline traces would hand subgraph timings to any caller; nothing here reports to Apollo.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
  const contextFor = async (headers: Record<string, string | string[] | undefined>) =>
    options.context(await identify(headers, options.verifier));
  return {
    apollo,
    contextFor,
    async listen(port = 0, host = "127.0.0.1") {
      await apollo.start();
      const server: Server = createGraphQLHttpServer(
        apollo,
        ({ req }: { req: IncomingMessage }) => contextFor(req.headers),
        [healthRoute(options.health ?? (() => undefined)), ...(options.routes ?? [])],
      );
      const url = await listen(server, port, host);
      return { url, stop: async () => { await close(server); await apollo.stop(); } };
    },
  };
}
