import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startFederation, type Federation } from "../support/federation.harness.js";

const DECLARE = `mutation($n: NhsNumber!, $kind: AccessDeclarationKind!, $code: Int!, $text: String!) {
  declareAccess(nhsNumber: $n, kind: $kind, reasonCode: $code, reasonText: $text) { id kind reasonCode reasonText expiresAt alertsRaised }
}`;
const CLINICAL = `query($n: NhsNumber!) {
  patient(nhsNumber: $n) {
    allergies { code sources { region { code } } }
    conditions { code display sources { region { code } } }
    withheld { count reasons { reason count } }
    records { __typename region { code } conditions { code } withheld { count reasons { reason count } } }
  }
}`;

describe("declared relationships and emergency access", () => {
  let federation: Federation;
  beforeAll(async () => { federation = await startFederation(); });
  afterAll(async () => { await federation?.stop(); });

  it("refuses the paramedic without a relationship, then allows after emergency access, and alerts the privacy officer", async () => {
    const before = await federation.query(CLINICAL, { n: "9990000018" }, "paramedic");
    expect(before.body.errors?.map((e) => e.extensions?.reason)).toContain("NO_LEGITIMATE_RELATIONSHIP");
    expect(before.body.data?.patient?.allergies ?? null).toBeNull();

    const declared = await federation.query(DECLARE, { n: "999 000 0018", kind: "EMERGENCY_ACCESS", code: 5, text: "Collapsed in the street in Westminster; no carer present." }, "paramedic");
    expect(declared.body.errors).toBeUndefined();
    const grant = declared.body.data!.declareAccess;
    expect(grant).toMatchObject({ kind: "EMERGENCY_ACCESS", reasonCode: 5 });
    expect(grant.alertsRaised).toBeGreaterThan(0);
    expect(Date.parse(grant.expiresAt)).toBeGreaterThan(Date.now());

    const after = await federation.query(CLINICAL, { n: "9990000018" }, "paramedic");
    expect(after.body.errors).toBeUndefined();
    const penicillin = after.body.data!.patient.allergies.find((a: { code: string }) => a.code === "91936005");
    expect(penicillin.sources.map((s: { region: { code: string } }) => s.region.code).sort()).toEqual(["QE1", "Z9B2Z"]);

    const alerts = await federation.query(`{ privacyAlerts { nhsNumber kind reasonCode reasonText userName organisation custodian } }`, {}, "privacy-officer");
    expect(alerts.body.errors).toBeUndefined();
    expect(alerts.body.data!.privacyAlerts).toContainEqual(expect.objectContaining({
      nhsNumber: "9990000018", kind: "EMERGENCY_ACCESS", reasonCode: 5, organisation: "RRU", custodian: "P81046",
      reasonText: "Collapsed in the street in Westminster; no carer present.",
    }));

    // Both the refusal and the access are on the trail the privacy officer reads.
    const trail = await federation.query(`{ patient(nhsNumber: "9990000018") { records { ... on RecordQE1 { accessLog { action userName organisation decision reason relationship relationshipReasonCode } } } } }`, {}, "privacy-officer");
    expect(trail.body.errors).toBeUndefined();
    const log = trail.body.data!.patient.records.find((r: any) => r.accessLog).accessLog as any[];
    const paramedic = log.filter((e) => e.organisation === "RRU" && e.action === "READ_RECORD");
    expect(paramedic).toContainEqual(expect.objectContaining({ decision: "DENY", reason: "NO_LEGITIMATE_RELATIONSHIP" }));
    expect(paramedic).toContainEqual(expect.objectContaining({ decision: "PERMIT", relationship: "EMERGENCY_ACCESS", relationshipReasonCode: 5 }));
  });

  it("lets a patient read who accessed their record", async () => {
    const { body } = await federation.query(`{ patient(nhsNumber: "9990000018") { lookupLog { userName organisation action decision } records { region { code } accessLog { userName organisation } } } }`, {}, "patient");
    expect(body.errors).toBeUndefined();
    expect(body.data!.patient.lookupLog.length).toBeGreaterThan(0);
    const regional = body.data!.patient.records.flatMap((r: any) => r.accessLog.map((e: any) => e.organisation));
    expect(regional).toContain("RRU");
  });

  it("does not let emergency access override an objection, and says the region is withheld for it", async () => {
    await federation.query(DECLARE, { n: "9990000026", kind: "EMERGENCY_ACCESS", code: 5, text: "Unresponsive, diabetic history reported by a bystander." }, "paramedic");
    const { body } = await federation.query(`{ patient(nhsNumber: "9990000026") {
      records { __typename encounters { organisation } allergies { code } withheld { count reasons { reason count } } }
      allergies { code } timeline { source { region { code } } }
    } }`, {}, "paramedic");
    const records = body.data!.patient.records as any[];
    const qe1 = records.find((r) => r.__typename === "RecordQE1");
    const qks = records.find((r) => r.__typename === "RecordQKS");
    expect(qe1.allergies).toBeNull();
    expect(qe1.encounters).toBeNull();
    expect(qe1.withheld.reasons).toEqual([{ reason: "PATIENT_OBJECTION", count: expect.any(Number) }]);
    expect(qe1.withheld.count).toBeGreaterThan(0);
    expect(qks.encounters).toEqual([{ organisation: "RWF" }]);
    expect(body.errors?.filter((e) => e.extensions?.reason === "PATIENT_OBJECTION").length).toBeGreaterThan(0);
    // The unified view shows nothing of QE1 (aspirin allergy is only there) and QKS's encounter.
    expect(body.data!.patient.allergies).toEqual([]);
    expect(body.data!.patient.timeline.map((e: any) => e.source.region.code)).toEqual(["QKS"]);
    expect(JSON.stringify(body)).not.toMatch(/293586001|aspirin/i);
  });

  it("never shows a legally restricted item outside its custodian, only how many were withheld", async () => {
    await federation.query(DECLARE, { n: "9990000034", kind: "SELF_CLAIMED", code: 6, text: "Treating in our urgent treatment centre." }, "paramedic");
    const { body } = await federation.query(CLINICAL, { n: "9990000034" }, "paramedic");
    expect(body.errors).toBeUndefined();
    const patient = body.data!.patient;
    expect(patient.conditions.map((c: any) => c.code)).toEqual(["38341003"]);
    expect(patient.withheld).toEqual({ count: 1, reasons: [{ reason: "LEGALLY_RESTRICTED", count: 1 }] });
    expect(patient.records[0].withheld).toEqual({ count: 1, reasons: [{ reason: "LEGALLY_RESTRICTED", count: 1 }] });
    expect(JSON.stringify(body)).not.toMatch(/105629000|Chlamydia/i);

    // The sexual health service holds an item of this patient: its privacy officer is alerted too.
    const officer = await federation.issuer.mint({ sub: "rqm-privacy", name: "RQM privacy officer", org: "RQM", role: "R0001", activities: [], purpose: "DIRECT_CARE" });
    const alerts = await postGraphQL(federation.gatewayUrl, `{ privacyAlerts { nhsNumber kind organisation } }`, {}, { authorization: `Bearer ${officer}` });
    expect(alerts.body.data!.privacyAlerts).toEqual([{ nhsNumber: "9990000034", kind: "SELF_CLAIMED", organisation: "RRU" }]);
  });

  it("never shows a restricted patient's practice to anyone but that practice", async () => {
    const query = `{ patient(nhsNumber: "9990000042") { demographics { registeredPractice } records { allergies { display provenance { custodian } } } } }`;
    const asGp = await federation.query(query, {}, "gp");
    expect(asGp.body.data!.patient.records[0].allergies[0].provenance.custodian).toBe("P81046");
    await federation.query(DECLARE, { n: "9990000042", kind: "EMERGENCY_ACCESS", code: 5, text: "Found unconscious; identity from a bank card." }, "paramedic");
    const asParamedic = await federation.query(query, {}, "paramedic");
    expect(asParamedic.body.errors).toBeUndefined();
    expect(asParamedic.body.data!.patient.demographics.registeredPractice).toBeNull();
    expect(asParamedic.body.data!.patient.records[0].allergies[0]).toEqual({ display: "Latex allergy", provenance: { custodian: "RESTRICTED" } });
    expect(JSON.stringify(asParamedic.body)).not.toContain("P81046");
  });

  it("refuses declarations that break the rules, with stable codes", async () => {
    const receptionist = await federation.query(DECLARE, { n: "9990000018", kind: "SELF_CLAIMED", code: 6, text: "x" }, "receptionist");
    expect(receptionist.body.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "ROLE_NOT_PERMITTED" });
    const noActivity = await federation.query(DECLARE, { n: "9990000026", kind: "EMERGENCY_ACCESS", code: 5, text: "x" }, "ae-doctor");
    expect(noActivity.body.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "EMERGENCY_ACCESS_NOT_GRANTED" });
    const badCode = await federation.query(DECLARE, { n: "9990000018", kind: "SELF_CLAIMED", code: 7, text: "x" }, "paramedic");
    expect(badCode.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "reasonCode" });
    const noText = await federation.query(DECLARE, { n: "9990000018", kind: "SELF_CLAIMED", code: 6, text: "   " }, "paramedic");
    expect(noText.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "reasonText" });
    const unknown = await federation.query(DECLARE, { n: "9990000050", kind: "SELF_CLAIMED", code: 6, text: "x" }, "paramedic");
    expect(unknown.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "nhsNumber" });
    const researcher = await federation.query(DECLARE, { n: "9990000018", kind: "SELF_CLAIMED", code: 6, text: "x" }, "researcher");
    expect(researcher.body.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "PURPOSE_NOT_DIRECT_CARE" });
    // Every refusal is on the trail; none left a grant behind.
    const refusals: { decision: string; reason: string }[] = await federation.locatorDatabase.dataSource.query(
      `SELECT decision, reason FROM audit_event WHERE action = 'DECLARE_ACCESS' AND decision = 'DENY'`);
    expect(refusals.map((r) => r.reason).sort()).toEqual(["EMERGENCY_ACCESS_NOT_GRANTED", "PURPOSE_NOT_DIRECT_CARE", "ROLE_NOT_PERMITTED"]);
    const [{ count }] = await federation.locatorDatabase.dataSource.query(
      `SELECT count(*)::int AS count FROM access_grant WHERE user_id <> 'dev-paramedic' OR reason_code = 7`);
    expect(count).toBe(0);
  });
});
