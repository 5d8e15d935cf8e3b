import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type Federation } from "../support/federation.harness.js";

const QUERY = `{
  patient(nhsNumber: "9990000018") {
    nhsNumber
    demographics { name { family } }
    records { __typename region { code } allergies { code } }
    allergies { code sources { region { code } } }
    timeline { kind source { region { code } } }
    completeness { complete unavailableRegions { code } includedRegions { code } }
  }
}`;

describe("a region stopped mid-test", () => {
  let federation: Federation;
  beforeAll(async () => { federation = await startFederation(); }, 120_000);
  afterAll(async () => { await federation?.stop(); });

  it("costs only that region's part, and the response names it", async () => {
    const before = await federation.query(QUERY);
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data!.patient.completeness.complete).toBe(true);

    await federation.stopSubgraph("region-z9b2z");

    const { status, body } = await federation.query(QUERY);
    expect(status).toBe(200);
    const patient = body.data!.patient;
    expect(patient.nhsNumber).toBe("9990000018");
    expect(patient.demographics.name.family).toBe("Morgan");
    // QE1 and QHM still answer; Z9B2Z is named as unavailable in the data and in the errors.
    const regions = patient.records.map((r: { __typename: string; region: { code: string } | null }) => [r.__typename, r.region?.code ?? null]);
    expect(regions).toContainEqual(["RecordQE1", "QE1"]);
    expect(regions).toContainEqual(["RecordZ9B2Z", null]);
    expect(patient.completeness).toEqual({ complete: false, unavailableRegions: [{ code: "Z9B2Z" }], includedRegions: expect.arrayContaining([{ code: "QE1" }, { code: "QHM" }]) });
    const penicillin = patient.allergies.find((a: { code: string }) => a.code === "91936005");
    expect(penicillin.sources.map((s: { region: { code: string } }) => s.region.code)).toEqual(["QE1"]);
    expect(patient.timeline.some((e: { source: { region: { code: string } } }) => e.source.region.code === "QHM")).toBe(true);
    expect(body.errors?.some((e) => e.extensions?.code === "REGION_UNAVAILABLE" && e.extensions?.region === "Z9B2Z")).toBe(true);
    expect(JSON.stringify(body.errors)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED/);
  });
});
