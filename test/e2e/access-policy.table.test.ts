import { type PersonaName } from "@scr/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type Federation } from "../support/federation.harness.js";
import { expectOutcome, type Outcome } from "../support/graphql-expectations.js";

/** Field groups of the policy: each is one query through the gateway. */
const GROUPS = {
  lookup: { query: `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber } }`, read: (d: any) => d?.patient?.nhsNumber },
  demographics: { query: `query($n: NhsNumber!) { patient(nhsNumber: $n) { demographics { name { family } birthDate } } }`, read: (d: any) => d?.patient?.demographics },
  regions: { query: `query($n: NhsNumber!) { patient(nhsNumber: $n) { regionsHoldingRecords { code } records { region { code } } } }`, read: (d: any) => d?.patient?.regionsHoldingRecords },
  unifiedClinical: { query: `query($n: NhsNumber!) { patient(nhsNumber: $n) { allergies { code display } } }`, read: (d: any) => d?.patient?.allergies },
  regionalClinical: { query: `query($n: NhsNumber!) { patient(nhsNumber: $n) { records { ... on RecordQE1 { allergies { code display } } } } }`, read: (d: any) => d?.patient?.records?.find((r: any) => "allergies" in r)?.allergies },
  accessLog: { query: `query($n: NhsNumber!) { patient(nhsNumber: $n) { lookupLog { action userName } } }`, read: (d: any) => d?.patient?.lookupLog },
  regionalAccessLog: { query: `query($n: NhsNumber!) { patient(nhsNumber: $n) { records { ... on RecordQE1 { accessLog { action userName } } } } }`, read: (d: any) => d?.patient?.records?.find((r: any) => "accessLog" in r)?.accessLog },
} as const;
type Group = keyof typeof GROUPS;

const PURPOSE = "FORBIDDEN:PURPOSE_NOT_DIRECT_CARE";
const ROLE = "FORBIDDEN:ROLE_NOT_PERMITTED";
const NO_RELATIONSHIP = "FORBIDDEN:NO_LEGITIMATE_RELATIONSHIP";

/** persona x field group for the visitor from Preston, 999 000 0018 (access-policy.md, demo-scenario.md). */
const VISITOR: Record<PersonaName, Record<Group, Outcome>> = {
  gp:                { lookup: "ok", demographics: "ok", regions: "ok", unifiedClinical: "ok", regionalClinical: "ok", accessLog: ROLE, regionalAccessLog: ROLE },
  "ae-doctor":       { lookup: "ok", demographics: "ok", regions: "ok", unifiedClinical: "ok", regionalClinical: "ok", accessLog: ROLE, regionalAccessLog: ROLE },
  paramedic:         { lookup: "ok", demographics: "ok", regions: "ok", unifiedClinical: NO_RELATIONSHIP, regionalClinical: NO_RELATIONSHIP, accessLog: ROLE, regionalAccessLog: ROLE },
  receptionist:      { lookup: "ok", demographics: "ok", regions: "ok", unifiedClinical: ROLE, regionalClinical: ROLE, accessLog: ROLE, regionalAccessLog: ROLE },
  researcher:        { lookup: PURPOSE, demographics: PURPOSE, regions: PURPOSE, unifiedClinical: PURPOSE, regionalClinical: PURPOSE, accessLog: PURPOSE, regionalAccessLog: PURPOSE },
  "privacy-officer": { lookup: "ok", demographics: ROLE, regions: "ok", unifiedClinical: ROLE, regionalClinical: ROLE, accessLog: "ok", regionalAccessLog: "ok" },
  patient:           { lookup: "ok", demographics: ROLE, regions: "ok", unifiedClinical: ROLE, regionalClinical: ROLE, accessLog: "ok", regionalAccessLog: "ok" },
};

/** The other fixed patients, for the personas that tell them apart. */
const OTHERS: { persona: PersonaName; nhs: string; group: Group; outcome: Outcome }[] = [
  { persona: "gp", nhs: "9990000042", group: "unifiedClinical", outcome: "ok" },            // S-flagged, registered with the gp
  { persona: "gp", nhs: "9990000026", group: "unifiedClinical", outcome: NO_RELATIONSHIP }, // registered elsewhere
  { persona: "gp", nhs: "9990000034", group: "unifiedClinical", outcome: NO_RELATIONSHIP },
  { persona: "ae-doctor", nhs: "9990000026", group: "unifiedClinical", outcome: NO_RELATIONSHIP },
  { persona: "patient", nhs: "9990000026", group: "lookup", outcome: "FORBIDDEN:NOT_OWN_RECORD" },
  { persona: "patient", nhs: "9990000026", group: "accessLog", outcome: "FORBIDDEN:NOT_OWN_RECORD" },
  { persona: "privacy-officer", nhs: "9990000026", group: "accessLog", outcome: NO_RELATIONSHIP }, // not their practice's patient
  { persona: "privacy-officer", nhs: "9990000042", group: "accessLog", outcome: "ok" },
  { persona: "researcher", nhs: "9990000042", group: "lookup", outcome: PURPOSE },
];

describe("access policy: persona x patient x field group, through the gateway", () => {
  let federation: Federation;
  beforeAll(async () => { federation = await startFederation(); });
  afterAll(async () => { await federation?.stop(); });

  const cells = Object.entries(VISITOR).flatMap(([persona, groups]) =>
    Object.entries(groups).map(([group, outcome]) => ({ persona: persona as PersonaName, nhs: "9990000018", group: group as Group, outcome })));

  it.each([...cells, ...OTHERS])("$persona reading $group of $nhs: $outcome", async ({ persona, nhs, group, outcome }) => {
    const { query, read } = GROUPS[group];
    const response = await federation.query(query, { n: nhs }, persona);
    expectOutcome(response, outcome, read, `${persona}/${group}/${nhs}`);
  });

  it("hides address, telephone and practice of a restricted patient, even from their GP", async () => {
    const { body } = await federation.query(`{ patient(nhsNumber: "9990000042") { demographics { name { family } address { postcode } telephone registeredPractice restricted } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.patient.demographics).toEqual({ name: { family: "Whitfield" }, address: null, telephone: null, registeredPractice: null, restricted: true });
  });

  it("shows every professional null, without an error, for a number known nowhere", async () => {
    for (const persona of ["gp", "paramedic", "receptionist", "privacy-officer"] as PersonaName[]) {
      const { body } = await federation.query(GROUPS.lookup.query, { n: "9990000050" }, persona);
      expect(body, persona).toEqual({ data: { patient: null } });
    }
  });
});
