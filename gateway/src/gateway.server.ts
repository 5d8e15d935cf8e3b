import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { close, createGraphQLHttpServer, healthRoute, listen, type ExtraRoute, type RunningServer, type TokenVerifier } from "@scr/common";
import { type JSONWebKeySet } from "jose";
import { ForwardingDataSource } from "./forwarding.data-source.js";
import { gatewayContext, type GatewayContext } from "./gateway.context.js";
import { formatGatewayError, withoutDuplicates } from "./gateway.errors.js";
import { bindScalars } from "./scalars.binding.js";
import { depthLimit } from "./depth-limit.rule.js";
import { corsRoute } from "./cors.route.js";

export interface GatewayConfig {
  supergraphSdl: string;
  verifier: TokenVerifier;
  /** Where each subgraph listens, by name, overriding supergraph routing URLs (tests, deployments). */
  subgraphUrls?: Record<string, string>;
  production?: boolean;
  /** Development only: a token placed in Sandbox's shared headers, and the JWKS served for it. */
  development?: { sandboxToken: string; jwks: JSONWebKeySet };
  subgraphTimeoutMs?: number;
  /** Deepest operation accepted (default 12). */
  maxDepth?: number;
  /** Browser origins allowed to call the gateway; default: any in development, none in production. */
  corsOrigins?: string[] | "*";
}

// @apollo/gateway sends anonymous telemetry unless told not to; a health service must not phone home.
process.env.APOLLO_TELEMETRY_DISABLED = "1";

export function createGateway(config: GatewayConfig) {
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) =>
      new ForwardingDataSource(name, config.subgraphUrls?.[name] ?? url ?? "", config.subgraphTimeoutMs ?? 10_000),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => bindScalars(apiSchema));
  const production = config.production ?? process.env.NODE_ENV === "production";
  const landingPage = production || !config.development
    ? ApolloServerPluginLandingPageDisabled()
    : ApolloServerPluginLandingPageLocalDefault({
        // Sandbox in the browser reports to Apollo unless told not to.
        embed: { runTelemetry: false, initialState: { sharedHeaders: { Authorization: `Bearer ${config.development.sandboxToken}` } } },
        document: VISITOR_FROM_PRESTON_QUERY,
        includeCookies: false,
      });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    introspection: !production,
    validationRules: [depthLimit(config.maxDepth ?? 12)],
    formatError: (formatted, error) => formatGatewayError(formatted, error),
    plugins: [
      landingPage,
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      {
        async requestDidStart({ contextValue }) {
          return {
            async willSendResponse({ response }) {
              if (contextValue?.identity) response.http.headers.set("x-request-id", contextValue.identity.requestId);
              if (response.body.kind === "single" && response.body.singleResult.errors) {
                response.body.singleResult.errors = withoutDuplicates(response.body.singleResult.errors);
              }
            },
          };
        },
      },
    ],
  });

  const routes: ExtraRoute[] = [corsRoute(config.corsOrigins ?? (production ? [] : "*")), healthRoute(() => undefined)];
  if (config.development && !production) {
    const jwks = JSON.stringify(config.development.jwks);
    routes.push((req, res) => {
      if (req.url !== "/.well-known/jwks.json") return false;
      res.writeHead(200, { "content-type": "application/json" }).end(jwks);
      return true;
    });
  }

  return {
    apollo,
    async listen(port = 0, host = "127.0.0.1"): Promise<RunningServer> {
      await apollo.start();
      const server = createGraphQLHttpServer(apollo, ({ req }) => gatewayContext(req, config.verifier), routes);
      const url = await listen(server, port, host);
      return { url, stop: async () => { await close(server); await apollo.stop(); } };
    },
  };
}

export const VISITOR_FROM_PRESTON_QUERY = `# The visitor from Preston: one query, every region.
query VisitorFromPreston {
  patient(nhsNumber: "999 000 0018") {
    nhsNumber
    demographics { name { given family } birthDate registeredPractice }
    records { __typename region { code name } }
    allergies { display criticality sources { region { code } organisation } hasConflict }
    medications { display dosage hasConflict conflicts { field values { value sources { region { code } } } } }
    conditions { display clinicalStatus }
    endOfLife { cprDecision preferredPlaceOfDeath current { title } hasDisagreement }
    timeline { date kind title source { region { code } } }
    completeness { complete unavailableRegions { code } }
  }
}
`;
