import { DevIssuer, generateSigningKey, INVALID_NHS_NUMBER } from "@scr/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startFederation, type Federation } from "../support/federation.harness.js";

describe("federation edges, through the gateway", () => {
  let federation: Federation;
  beforeAll(async () => { federation = await startFederation(); }, 120_000);
  afterAll(async () => { await federation?.stop(); });

  it("returns null and no error for a valid number known nowhere", async () => {
    const { body } = await federation.query(`{ patient(nhsNumber: "999 000 0050") { nhsNumber records { __typename } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ patient: null });
  });

  it.each([INVALID_NHS_NUMBER, "999 000 0019", "12345", "999-000-0018", "99900000180"])("refuses %s with BAD_USER_INPUT", async (input) => {
    const { body } = await federation.query(`query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }`, { n: input });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses an invalid number written into the query itself", async () => {
    const { body } = await federation.query(`{ patient(nhsNumber: "9990000019") { nhsNumber } }`);
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers patients() in order with nulls for unknown numbers", async () => {
    const { body } = await federation.query(`{ patients(nhsNumbers: ["9990000050", "999 000 0026", "9990000018"]) { nhsNumber records { region { code } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.patients.map((p: { nhsNumber: string } | null) => p?.nhsNumber ?? null)).toEqual([null, "9990000026", "9990000018"]);
    expect(body.data!.patients[1].records.map((r: { region: { code: string } }) => r.region.code).sort()).toEqual(["QE1", "QKS"]);
  });

  it("refuses more than 100 patients with BAD_USER_INPUT naming the argument", async () => {
    const many = Array.from({ length: 101 }, () => "9990000018");
    const { body } = await federation.query(`query($n: [NhsNumber!]!) { patients(nhsNumbers: $n) { nhsNumber } }`, { n: many });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "nhsNumbers" });
  });

  it("refuses a request without a token with HTTP 401 UNAUTHENTICATED", async () => {
    const { status, body } = await postGraphQL(federation.gatewayUrl, `{ patient(nhsNumber: "9990000018") { nhsNumber } }`);
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(body.data ?? null).toBeNull();
  });

  it("refuses a forged token at the gateway", async () => {
    const token = await federation.tokenFor("gp");
    const [header, payload] = token.split(".");
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), org: "RRU" })).toString("base64url")}.${token.split(".")[2]}`;
    const { status, body } = await postGraphQL(federation.gatewayUrl, `{ patient(nhsNumber: "9990000018") { nhsNumber } }`, {}, { authorization: `Bearer ${forged}` });
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it.each(["locator", "region-qe1", "care-record"])("refuses %s called directly without a token or with a forged one", async (subgraph) => {
    const url = federation.subgraphUrls[subgraph];
    const noToken = await postGraphQL(url, `{ _service { sdl } }`);
    expect(noToken.status).toBe(401);
    expect(noToken.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await postGraphQL(url, `{ _service { sdl } }`, {}, { authorization: "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." });
    expect(forged.status).toBe(401);
  });

  describe("tokens a subgraph must refuse when called directly", () => {
    const refusedBy = async (token: string) => {
      for (const subgraph of ["locator", "region-qe1", "care-record"]) {
        const { status, body } = await postGraphQL(federation.subgraphUrls[subgraph], `{ _service { sdl } }`, {}, { authorization: `Bearer ${token}` });
        expect(status, subgraph).toBe(401);
        expect(body.errors?.[0].extensions?.code, subgraph).toBe("UNAUTHENTICATED");
        expect(body.data ?? null, subgraph).toBeNull();
      }
      const viaGateway = await postGraphQL(federation.gatewayUrl, `{ patient(nhsNumber: "9990000018") { nhsNumber } }`, {}, { authorization: `Bearer ${token}` });
      expect(viaGateway.status).toBe(401);
    };

    it("a token whose claims were altered after signing", async () => {
      const [header, payload, signature] = (await federation.tokenFor("receptionist")).split(".");
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
      await refusedBy(`${header}.${Buffer.from(JSON.stringify({ ...claims, role: "R8000" })).toString("base64url")}.${signature}`);
    });

    it("another issuer's token (a key it does not trust)", async () => {
      const stranger = new DevIssuer(await generateSigningKey("stranger"));
      await refusedBy(await stranger.mintPersona("gp"));
    });

    it("a token naming another issuer or audience", async () => {
      await refusedBy(await federation.issuer.mintPersona("gp", { issuer: "https://login.example.org" }));
      await refusedBy(await federation.issuer.mintPersona("gp", { audience: "urn:some-other-service" }));
    });

    it("an expired token, and one not valid yet", async () => {
      await refusedBy(await federation.issuer.mintPersona("gp", { lifetimeSeconds: -120 }));
      await refusedBy(await federation.issuer.mintPersona("gp", { notBefore: new Date(Date.now() + 10 * 60_000) }));
    });

    it("while the same subgraph answers a valid token", async () => {
      const { status } = await postGraphQL(federation.subgraphUrls["region-qe1"], `{ _service { sdl } }`, {}, { authorization: `Bearer ${await federation.tokenFor("gp")}` });
      expect(status).toBe(200);
    });
  });

  it("forwards the caller's token and the request id to every subgraph it asks", async () => {
    const token = await federation.tokenFor("gp");
    const clientChosen = `e2e-${Date.now()}`;
    const { headers, body } = await postGraphQL(
      federation.gatewayUrl,
      `{ patient(nhsNumber: "9990000018") { nhsNumber records { region { code } } allergies { code } } }`,
      {},
      { authorization: `Bearer ${token}`, "x-request-id": clientChosen },
    );
    expect(body.errors).toBeUndefined();
    // The gateway names the request itself: the audit trail joins on it, so a client cannot pick it.
    const requestId = headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestId).not.toBe(clientChosen);
    for (const subgraph of ["locator", "region-qe1", "region-z9b2z", "region-qhm", "care-record"]) {
      const sent = federation.receivedBy(subgraph).filter((h) => h["x-request-id"] === requestId);
      expect(sent.length, subgraph).toBeGreaterThan(0);
      expect(sent.every((h) => h.authorization === `Bearer ${token}`), subgraph).toBe(true);
    }
    // Only regions that hold data are asked.
    expect(federation.receivedBy("region-qks").some((h) => h["x-request-id"] === requestId)).toBe(false);
  });

  it("does not leak internals in errors", async () => {
    const { body } = await federation.query(`{ patient(nhsNumber: "9990000018") { nhsNumber nonsense } }`);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|stacktrace|at .*\.ts/);
  });
});
