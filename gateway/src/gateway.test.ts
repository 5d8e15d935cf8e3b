import { DevIssuer, generateSigningKey, verifierForJwks } from "@scr/common";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createGateway } from "./gateway.server.js";

const supergraphSdl = readFileSync(new URL("../../supergraph.graphql", import.meta.url), "utf8");

describe("gateway limits", () => {
  it("refuses an operation nested deeper than the limit, fragments included, before any subgraph is asked", async () => {
    const issuer = new DevIssuer(await generateSigningKey("limits"));
    const gateway = await createGateway({ supergraphSdl, verifier: verifierForJwks(issuer.jwks), production: false, maxDepth: 5, subgraphTimeoutMs: 500 }).listen();
    const token = await issuer.mintPersona("gp");
    const ask = async (query: string) => (await (await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    })).json()) as { errors?: { extensions?: { code?: string; reason?: string } }[] };
    const reasons = (body: Awaited<ReturnType<typeof ask>>) => (body.errors ?? []).map((e) => e.extensions?.reason);
    try {
      // Six levels, hidden in a fragment: refused.
      const deep = await ask(`{ patient(nhsNumber: "9990000018") { ...Meds } } fragment Meds on Patient { medications { conflicts { values { sources { region { code } } } } } }`);
      expect(deep.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "QUERY_TOO_DEEP" });
      // Four levels: passes validation (no subgraph runs here, so it fails later, not for depth).
      expect(reasons(await ask(`{ patient(nhsNumber: "9990000018") { allergies { sources { region { code } } } } }`))).not.toContain("QUERY_TOO_DEEP");
      // Introspection is deep by nature and is not counted.
      const introspection = await ask(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`);
      expect(introspection.errors).toBeUndefined();
    } finally {
      await gateway.stop();
    }
  });
});

describe("gateway CORS", () => {
  it("answers preflights for allowed origins only", async () => {
    const issuer = new DevIssuer(await generateSigningKey("cors"));
    const gateway = await createGateway({ supergraphSdl, verifier: verifierForJwks(issuer.jwks), production: true, corsOrigins: ["https://app.example.nhs.uk"] }).listen();
    try {
      const preflight = (origin: string) => fetch(gateway.url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" } });
      const allowed = await preflight("https://app.example.nhs.uk");
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.nhs.uk");
      expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
      const refused = await preflight("https://elsewhere.example.com");
      expect(refused.status).toBe(403);
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await gateway.stop();
    }
  });
});

describe("gateway landing page", () => {
  it("opens Apollo Sandbox with a development token in its shared headers, and serves the JWKS", async () => {
    const issuer = new DevIssuer(await generateSigningKey("sandbox"));
    const token = await issuer.mintPersona("gp");
    const gateway = await createGateway({ supergraphSdl, verifier: verifierForJwks(issuer.jwks), production: false, development: { sandboxToken: token, jwks: issuer.jwks } }).listen();
    try {
      const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("sharedHeaders");
      expect(html).toContain(`Bearer ${token}`);
      expect(html).toMatch(/"runTelemetry":false/);
      const jwks = await (await fetch(gateway.url.replace("/graphql", "/.well-known/jwks.json"))).json();
      expect(jwks).toEqual(issuer.jwks);
    } finally {
      await gateway.stop();
    }
  });

  it("has no landing page, introspection or development JWKS in production", async () => {
    const issuer = new DevIssuer(await generateSigningKey("prod"));
    const gateway = await createGateway({ supergraphSdl, verifier: verifierForJwks(issuer.jwks), production: true, development: { sandboxToken: "x", jwks: issuer.jwks } }).listen();
    try {
      const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
      expect(await page.text()).not.toContain("sharedHeaders");
      expect((await fetch(gateway.url.replace("/graphql", "/.well-known/jwks.json"))).status).not.toBe(200);
      const introspection = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await issuer.mintPersona("gp")}` },
        body: JSON.stringify({ query: "{ __schema { types { name } } }" }),
      });
      const body = (await introspection.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    } finally {
      await gateway.stop();
    }
  });
});
