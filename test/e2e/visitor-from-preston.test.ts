import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type Federation } from "../support/federation.harness.js";

const VISITOR = `query Visitor($n: NhsNumber!) {
  patient(nhsNumber: $n) {
    nhsNumber
    demographics { name { given family } registeredPractice }
    records { __typename region { code name nhsRegion } allergies { code display provenance { custodian region { code } } } }
    allergies { code display criticality sources { region { code } organisation } hasConflict }
    medications { code display dosage hasConflict conflicts { field values { value sources { region { code } } } } }
    conditions { code display sources { region { code } } }
    endOfLife { current { title category cprDecision preferredPlaceOfDeath provenance { region { code } } } plans { title } hasDisagreement }
    timeline { date kind title source { region { code } } }
    completeness { complete unavailableRegions { code } includedRegions { code } }
  }
}`;

describe("the visitor from Preston, through the gateway", () => {
  let federation: Federation;
  beforeAll(async () => { federation = await startFederation(); }, 120_000);
  afterAll(async () => { await federation?.stop(); });

  it("returns records from QE1, Z9B2Z and QHM and not QKS", async () => {
    const { status, body } = await federation.query(VISITOR, { n: "999 000 0018" });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const patient = body.data!.patient;
    expect(patient.nhsNumber).toBe("9990000018");
    expect(patient.records.map((r: { region: { code: string } }) => r.region.code).sort()).toEqual(["QE1", "QHM", "Z9B2Z"]);
    expect(patient.records.map((r: { __typename: string }) => r.__typename).sort()).toEqual(["RecordQE1", "RecordQHM", "RecordZ9B2Z"]);
    expect(patient.completeness).toEqual({ complete: true, unavailableRegions: [], includedRegions: expect.any(Array) });
  });

  it("merges the penicillin allergy of QE1 and Z9B2Z into one allergy with two sources", async () => {
    const { body } = await federation.query(VISITOR, { n: "9990000018" });
    const penicillin = body.data!.patient.allergies.filter((a: { code: string }) => a.code === "91936005");
    expect(penicillin).toHaveLength(1);
    expect(penicillin[0].sources.map((s: { region: { code: string } }) => s.region.code).sort()).toEqual(["QE1", "Z9B2Z"]);
    expect(penicillin[0].sources.map((s: { organisation: string }) => s.organisation).sort()).toEqual(["P81046", "RYJ"]);
  });

  it("flags the same drug recorded with different doses in two regions", async () => {
    const { body } = await federation.query(VISITOR, { n: "9990000018" });
    const amlodipine = body.data!.patient.medications.find((m: { code: string }) => m.code === "319283006");
    expect(amlodipine.hasConflict).toBe(true);
    const dosage = amlodipine.conflicts.find((c: { field: string }) => c.field === "dosage");
    expect(dosage.values.map((v: { value: string }) => v.value).sort()).toEqual(["One tablet once daily", "Two tablets once daily"]);
    // the newest source wins the headline value
    expect(amlodipine.dosage).toBe("Two tablets once daily");
  });

  it("shows asthma once with QE1 and QHM as sources, and the ReSPECT plan from QE1", async () => {
    const { body } = await federation.query(VISITOR, { n: "9990000018" });
    const patient = body.data!.patient;
    const asthma = patient.conditions.find((c: { code: string }) => c.code === "195967001");
    expect(asthma.sources.map((s: { region: { code: string } }) => s.region.code).sort()).toEqual(["QE1", "QHM"]);
    expect(patient.endOfLife.current).toMatchObject({ category: "RESPECT", cprDecision: "NOT_FOR_CPR", preferredPlaceOfDeath: "Home", provenance: { region: { code: "QE1" } } });
    expect(patient.endOfLife.hasDisagreement).toBe(false);
  });

  it("puts encounters from all three regions on one timeline, newest first", async () => {
    const { body } = await federation.query(VISITOR, { n: "9990000018" });
    const timeline = body.data!.patient.timeline as { date: string; kind: string; source: { region: { code: string } } }[];
    const dates = timeline.map((e) => Date.parse(e.date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const encounterRegions = new Set(timeline.filter((e) => e.kind === "ENCOUNTER").map((e) => e.source.region.code));
    expect([...encounterRegions].sort()).toEqual(["QE1", "QHM", "Z9B2Z"]);
    expect(timeline[0].source.region.code).toBe("Z9B2Z");
  });
});
