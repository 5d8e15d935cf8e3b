import { describe, expect, it } from "vitest";
import { completenessOf } from "./completeness.js";
import { endOfLifeOf } from "./end-of-life.js";
import { timelineOf } from "./timeline.js";
import { unifiedAllergies, unifiedMedications } from "./unified-lists.js";
import { type RecordJson } from "./representation.js";

const region = (code: string) => ({ code, name: code, nhsRegion: "x", nhsRegionCode: "Y00" });
const prov = (code: string, custodian: string, updatedAt: string) => ({ custodian, sourceSystem: "EMIS Web", recordedAt: updatedAt, updatedAt, region: region(code) });
const record = (code: string, sections: Record<string, unknown[]>): RecordJson => ({ __typename: `Record${code}`, region: region(code), lastUpdated: "2026-01-01T00:00:00Z", ...sections });

describe("unified lists", () => {
  const allergy = (id: string, code: string, reg: string, extra: Record<string, unknown>) =>
    ({ id, code, system: "http://snomed.info/sct", display: "Allergy to penicillin", criticality: "low", clinicalStatus: "active", severity: null, reaction: null, provenance: prov(reg, `${reg}-ORG`, "2026-01-01T00:00:00Z"), ...extra });

  it("merges the same allergy from two regions into one entry keeping both sources", () => {
    const merged = unifiedAllergies([
      record("QE1", { allergies: [allergy("a1", "91936005", "QE1", { criticality: "high", reaction: "Urticaria" })] }),
      record("Z9B2Z", { allergies: [allergy("a2", "91936005", "Z9B2Z", { reaction: "Rash" }), allergy("a3", "300916003", "Z9B2Z", { display: "Latex allergy" })] }),
    ]);
    expect(merged).toHaveLength(2);
    const penicillin = merged.find((a) => a.code === "91936005")!;
    expect(penicillin.sources.map((s) => s.region.code).sort()).toEqual(["QE1", "Z9B2Z"]);
    expect(penicillin.criticality).toBe("high"); // the clinically safer value wins
    expect(penicillin.reactions.sort()).toEqual(["Rash", "Urticaria"]);
    expect(penicillin.conflicts.map((c) => c.field)).toEqual(["criticality"]);
  });

  it("flags a dose conflict and takes the headline from the most recently updated source", () => {
    const med = (id: string, reg: string, dosage: string, updatedAt: string) =>
      ({ id, code: "319283006", system: "https://dmd.nhs.uk", display: "Amlodipine 5mg tablets", dosage, status: "active", provenance: prov(reg, "X", updatedAt) });
    const [merged] = unifiedMedications([
      record("QE1", { medications: [med("m1", "QE1", "One tablet once daily", "2024-01-01T00:00:00Z")] }),
      record("Z9B2Z", { medications: [med("m2", "Z9B2Z", "Two tablets once daily", "2026-11-20T00:00:00Z")] }),
    ]);
    expect(merged.hasConflict).toBe(true);
    expect(merged.dosage).toBe("Two tablets once daily");
    expect(merged.conflicts[0].values.map((v) => [v.value, v.sources[0].region.code])).toEqual([
      ["Two tablets once daily", "Z9B2Z"], ["One tablet once daily", "QE1"],
    ]);
  });

  it("headlines the active entry over a newer stopped one, and does not call an old course a conflict", () => {
    const med = (id: string, dosage: string, status: string, updatedAt: string) =>
      ({ id, code: "320000009", system: "https://dmd.nhs.uk", display: "Atorvastatin", dosage, status, provenance: prov("QE1", "P", updatedAt) });
    const [merged] = unifiedMedications([record("QE1", { medications: [
      med("old", "20mg at night", "stopped", "2026-03-01T00:00:00Z"),
      med("now", "40mg at night", "active", "2025-06-01T00:00:00Z"),
    ] })]);
    expect([merged.dosage, merged.status, merged.hasConflict]).toEqual(["40mg at night", "active", false]);
  });

  it("keeps an allergy active if any region currently records it active, and flags the disagreement", () => {
    const [merged] = unifiedAllergies([
      record("QE1", { allergies: [allergy("a1", "91936005", "QE1", { clinicalStatus: "resolved", provenance: prov("QE1", "P", "2026-10-01T00:00:00Z") })] }),
      record("Z9B2Z", { allergies: [allergy("a2", "91936005", "Z9B2Z", { clinicalStatus: "active", provenance: prov("Z9B2Z", "RYJ", "2020-01-01T00:00:00Z") })] }),
    ]);
    expect(merged.clinicalStatus).toBe("active");
    expect(merged.conflicts.map((c) => c.field)).toContain("clinicalStatus");
  });

  it("does not flag agreement as conflict and ignores regions that sent nothing", () => {
    const med = (id: string, reg: string) => ({ id, code: "1", system: "s", display: "d", dosage: "same", status: "active", provenance: prov(reg, "X", "2026-01-01T00:00:00Z") });
    const merged = unifiedMedications([record("QE1", { medications: [med("1", "QE1")] }), record("QHM", { medications: [med("2", "QHM")] }), record("QKS", { medications: null as never })]);
    expect(merged[0].hasConflict).toBe(false);
    expect(merged[0].sources).toHaveLength(2);
  });
});

describe("timeline", () => {
  it("orders encounters, plans and documents from every region newest first", () => {
    const events = timelineOf([
      record("QE1", { encounters: [{ id: "e1", encounterClass: "EMERGENCY", start: "2026-06-02T14:00:00Z", organisation: "RXN", reason: "Asthma", provenance: prov("QE1", "RXN", "2026-06-02T14:00:00Z") }], carePlans: [{ id: "c1", created: "2026-05-20T11:00:00Z", title: "ReSPECT form", provenance: prov("QE1", "P", "2026-05-20T11:00:00Z") }] }),
      record("Z9B2Z", { encounters: [{ id: "e2", encounterClass: "EMERGENCY", start: "2026-11-20T20:45:00Z", organisation: "RYJ", provenance: prov("Z9B2Z", "RYJ", "2026-11-20T20:45:00Z") }], documents: [{ id: "d1", date: "2019-03-16T15:00:00Z", title: "Discharge", authorOrganisation: "RTD", provenance: prov("Z9B2Z", "RTD", "2019-03-16T15:00:00Z") }] }),
    ]);
    expect(events.map((e) => [e.kind, e.source.region.code])).toEqual([
      ["ENCOUNTER", "Z9B2Z"], ["ENCOUNTER", "QE1"], ["CARE_PLAN", "QE1"], ["DOCUMENT", "Z9B2Z"],
    ]);
    expect(events[1].title).toBe("Emergency attendance: Asthma");
  });
});

describe("end of life", () => {
  const plan = (id: string, reg: string, created: string, extra: Record<string, unknown>) =>
    ({ id, category: "RESPECT", code: "1382601000000107", title: "ReSPECT form", status: "active", created, provenance: prov(reg, "X", created), ...extra });

  it("shows the most recent active plan and any disagreement between regions", () => {
    const view = endOfLifeOf([
      record("QE1", { carePlans: [plan("p1", "QE1", "2026-05-20T00:00:00Z", { cprDecision: "NOT_FOR_CPR", preferredPlaceOfDeath: "Home" })] }),
      record("QHM", { carePlans: [plan("p2", "QHM", "2024-01-01T00:00:00Z", { cprDecision: "FOR_CPR", preferredPlaceOfDeath: "Home" }), plan("p3", "QHM", "2025-01-01T00:00:00Z", { category: "LONG_TERM_CONDITION" })] }),
    ]);
    expect(view.current?.id).toBe("p1");
    expect(view.plans.map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(view.hasDisagreement).toBe(true);
    expect(view.disagreements.map((d) => d.field)).toEqual(["cprDecision"]);
  });

  it("never lets a newer plan silent on resuscitation hide an older DNACPR decision", () => {
    const view = endOfLifeOf([
      record("QE1", { carePlans: [plan("respect", "QE1", "2026-05-20T00:00:00Z", { cprDecision: "NOT_FOR_CPR", preferredPlaceOfDeath: "Home" })] }),
      record("Z9B2Z", { carePlans: [plan("tep", "Z9B2Z", "2026-11-20T00:00:00Z", { category: "TREATMENT_ESCALATION", title: "Treatment escalation plan", cprDecision: null, preferredPlaceOfDeath: null })] }),
    ]);
    expect(view.current?.id).toBe("tep");
    expect(view.cprDecision).toBe("NOT_FOR_CPR");
    expect(view.cprDecisionPlan?.id).toBe("respect");
    expect(view.preferredPlaceOfDeath).toBe("Home");
    expect(view.hasDisagreement).toBe(false);
  });

  it("has no current plan when none is active", () => {
    expect(endOfLifeOf([record("QE1", { carePlans: [plan("p1", "QE1", "2026-05-20T00:00:00Z", { status: "revoked" })] })]).current).toBeNull();
  });
});

describe("completeness", () => {
  it("names regions the locator points to whose record did not arrive", () => {
    const result = completenessOf([record("QE1", {})], [{ code: "QE1" }, { code: "Z9B2Z" }]);
    expect(result.complete).toBe(false);
    expect(result.unavailableRegions.map((r) => [r.code, r.name])).toEqual([["Z9B2Z", "West and North London"]]);
    expect(result.includedRegions.map((r) => r.code)).toEqual(["QE1"]);
  });
});
