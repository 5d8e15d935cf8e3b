import { describe, expect, it, beforeAll } from "vitest";
import { PERSONAS } from "@scr/common";
import { execute, testIssuer } from "../../../test/support/subgraph.harness.js";
import { createCareRecordServer } from "./care-record.server.js";

describe("care-record subgraph", () => {
  let server: Awaited<ReturnType<typeof createCareRecordServer>>;
  let token: string;
  let assert: (nhsNumber: string) => Promise<string>;
  beforeAll(async () => {
    const { issuer, verifier, assertionSigner, assertionVerifier } = await testIssuer();
    token = await issuer.mintPersona("gp");
    const gp = PERSONAS.gp;
    assert = (nhsNumber) => assertionSigner.sign({ subject: gp.sub, organisation: gp.org, nhsNumber, relationship: "REGISTERED_PRACTICE", reasonCode: null, reasonText: null }, "unit");
    server = await createCareRecordServer({ verifier, assertionVerifier });
    await server.apollo.start();
  });

  it("merges the records handed over in an _entities batch, per patient", async () => {
    const prov = (code: string) => ({ custodian: "X", sourceSystem: "S", recordedAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z", region: { code, name: code, nhsRegion: "n", nhsRegionCode: "Y" } });
    const allergy = (id: string, code: string) => ({ id, code: "91936005", system: "sct", display: "Allergy to penicillin", criticality: "high", clinicalStatus: "active", severity: null, reaction: null, onset: null, provenance: prov(code) });
    const representation = async (nhsNumber: string, regions: string[]) => ({
      __typename: "Patient", nhsNumber, accessAssertion: await assert(nhsNumber),
      regionsHoldingRecords: regions.map((code) => ({ code })),
      records: regions.map((code, i) => ({ __typename: `Record${code}`, region: prov(code).region, lastUpdated: "2026-01-01T00:00:00Z", allergies: [allergy(`${code}${i}`, code)] })),
    });
    const result = await execute(server, token, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { nhsNumber allergies { code sources { region { code } } } completeness { complete } } } }`, {
      r: [await representation("9990000018", ["QE1", "Z9B2Z"]), await representation("9990000026", ["QKS"])],
    });
    expect(result.errors).toBeUndefined();
    const [first, second] = result.data!._entities as any[];
    expect(first.allergies[0].sources.map((s: any) => s.region.code)).toEqual(["QE1", "Z9B2Z"]);
    expect(second.allergies[0].sources.map((s: any) => s.region.code)).toEqual(["QKS"]);
    expect(first.completeness.complete).toBe(true);
  });

  it("refuses the unified view without a valid signed access decision", async () => {
    const forged = { __typename: "Patient", nhsNumber: "9990000018", accessAssertion: "not-a-signed-assertion", regionsHoldingRecords: [], records: [] };
    const result = await execute(server, token, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { allergies { code } } } }`, { r: [forged] });
    expect(result.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "NO_LEGITIMATE_RELATIONSHIP" });
  });
});
