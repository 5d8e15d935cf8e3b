import { AssertionSigner, assertionVerifierForJwks, DevIssuer, generateSigningKey, verifierForJwks } from "@scr/common";
import { type ApolloServer, type BaseContext } from "@apollo/server";

/** Keys and tokens for in-process subgraph tests, and the locator's assertion keys. */
export async function testIssuer() {
  const issuer = new DevIssuer(await generateSigningKey("unit"));
  const assertionSigner = new AssertionSigner(await generateSigningKey("unit-assertions"));
  return { issuer, verifier: verifierForJwks(issuer.jwks), assertionSigner, assertionVerifier: assertionVerifierForJwks(assertionSigner.jwks) };
}

interface InProcessServer<T extends BaseContext> {
  apollo: ApolloServer<T>;
  contextFor(headers: Record<string, string | undefined>): Promise<T>;
}

/** Runs an operation through a subgraph's own schema and context, as an HTTP request would. */
export async function execute<T extends BaseContext>(
  server: InProcessServer<T>,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const contextValue = await server.contextFor({ authorization: `Bearer ${token}` });
  const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { ...response.body.singleResult, contextValue };
}

