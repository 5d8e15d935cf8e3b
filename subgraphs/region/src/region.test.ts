import { DEMO_PATIENTS, PERSONAS, testRangeNhsNumbers, type Database, type DevIssuer } from "@scr/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkInsert } from "../../../scripts/seed/bulk-insert.js";
import { loadDemoFixtures } from "../../../scripts/seed/demo-load.js";
import { closeAndDrop, testDatabaseUrl } from "../../../test/support/databases.js";
import { execute, testIssuer } from "../../../test/support/subgraph.harness.js";
import { openRegionDatabase } from "./region.database.js";
import { createRegionServer } from "./region.server.js";

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on RecordQE1 {
      nhsNumber region { code } lastUpdated
      allergies { code provenance { custodian region { code } } } medications { code } conditions { code }
      encounters { id } observations { id } carePlans { id cprDecision } alerts { id } documents { id }
    }
  }
}`;

let assert: (nhsNumber: string) => Promise<string>;
let assertFor: (caller: { sub: string; org: string }, nhsNumber: string) => Promise<string>;
const representations = (numbers: string[]) => Promise.all(numbers.map(async (nhsNumber) => ({ __typename: "RecordQE1", nhsNumber, accessAssertion: await assert(nhsNumber) })));

describe("region subgraph (QE1)", () => {
  const url = testDatabaseUrl("unit-region-qe1");
  let database: Database;
  let server: Awaited<ReturnType<typeof createRegionServer>>;
  let token: string;
  let issuer: DevIssuer;
  const population = [...testRangeNhsNumbers(5000)].slice(0, 150);

  beforeAll(async () => {
    const keys = await testIssuer();
    const { verifier, assertionSigner, assertionVerifier } = keys;
    issuer = keys.issuer;
    token = await issuer.mintPersona("gp");
    assertFor = (caller, nhsNumber) => assertionSigner.sign({ subject: caller.sub, organisation: caller.org, nhsNumber, relationship: "CARE_EPISODE", reasonCode: null, reasonText: null }, "unit");
    assert = (nhsNumber) => assertionSigner.sign({ subject: PERSONAS.gp.sub, organisation: PERSONAS.gp.org, nhsNumber, relationship: "REGISTERED_PRACTICE", reasonCode: null, reasonText: null }, "unit");
    database = await openRegionDatabase("QE1", { url });
    await loadDemoFixtures({ regions: { QE1: database.dataSource } }, { pointers: false });
    await bulkInsert(database.dataSource, "patient_record", population.map((nhs) => ({ nhs_number: nhs, verification_status: "01", sharing_objection: false, updated_at: new Date() })));
    await bulkInsert(database.dataSource, "allergy", population.map((nhs, i) => ({
      id: `unit-${i}`, nhs_number: nhs, custodian: "P81001", source_system: "EMIS Web", recorded_at: new Date(), updated_at: new Date(), sensitivity: null,
      code: "91936005", system: "http://snomed.info/sct", display: "Allergy to penicillin", reaction: null, severity: null, criticality: "high", clinical_status: "active", onset: null,
    })));
    server = await createRegionServer({ regionCode: "QE1", database, verifier, assertionVerifier });
    await server.apollo.start();
  }, 60_000);

  afterAll(async () => {
    await server?.apollo.stop();
    if (database) await closeAndDrop(database, url);
  });

  it("resolves an entity with its full regional content and provenance", async () => {
    const result = await execute(server, token, ENTITIES, { representations: await representations([DEMO_PATIENTS.visitorFromPreston]) });
    expect(result.errors).toBeUndefined();
    const [record] = result.data!._entities as any[];
    expect(record.region.code).toBe("QE1");
    expect(record.allergies[0]).toMatchObject({ code: "91936005", provenance: { custodian: "P81046", region: { code: "QE1" } } });
    expect(record.carePlans.map((p: { cprDecision: string | null }) => p.cprDecision)).toContain("NOT_FOR_CPR");
    expect(record.medications.length).toBeGreaterThan(0);
  });

  it("returns null for a patient the region does not hold", async () => {
    const result = await execute(server, token, ENTITIES, { representations: await representations([DEMO_PATIENTS.knownNowhere]) });
    expect(result.data!._entities).toEqual([null]);
  });

  it("answers a batch of 100 patients with as many SQL statements as a batch of 1", async () => {
    const count = async (numbers: string[]) => {
      const before = database.statements.count;
      const result = await execute(server, token, ENTITIES, { representations: await representations(numbers) });
      expect(result.errors).toBeUndefined();
      expect((result.data!._entities as unknown[]).filter(Boolean)).toHaveLength(numbers.length);
      return database.statements.count - before;
    };
    const one = await count(population.slice(0, 1));
    const hundred = await count(population.slice(0, 100));
    expect(one).toBeGreaterThan(0);
    expect(hundred).toBe(one);
  });

  it("keeps results in the order of the representations", async () => {
    const numbers = [population[3], DEMO_PATIENTS.knownNowhere, population[1]];
    const result = await execute(server, token, ENTITIES, { representations: await representations(numbers) });
    expect((result.data!._entities as any[]).map((e) => e?.nhsNumber ?? null)).toEqual([population[3], null, population[1]]);
  });

  it("guards _entities through the shield: no relationship, forged or missing assertion, wrong role", async () => {
    const paramedic = await issuer.mintPersona("paramedic");
    const unsigned = await execute(server, paramedic, ENTITIES, { representations: [{ __typename: "RecordQE1", nhsNumber: DEMO_PATIENTS.visitorFromPreston }] });
    expect(unsigned.errors?.map((e) => e.extensions?.reason)).toContain("NO_LEGITIMATE_RELATIONSHIP");
    expect((unsigned.data!._entities as any[])[0].allergies).toBeNull();
    // The gp's assertion is bound to the gp: useless with the paramedic's token.
    const borrowed = await execute(server, paramedic, ENTITIES, { representations: await representations([DEMO_PATIENTS.visitorFromPreston]) });
    expect((borrowed.data!._entities as any[])[0].allergies).toBeNull();
    const receptionist = await execute(server, await issuer.mintPersona("receptionist"), ENTITIES, { representations: [{ __typename: "RecordQE1", nhsNumber: DEMO_PATIENTS.visitorFromPreston }] });
    expect(receptionist.errors?.map((e) => e.extensions?.reason)).toContain("ROLE_NOT_PERMITTED");
    expect((receptionist.data!._entities as any[])[0].region).toEqual({ code: "QE1" });
  });

  it("shows a sensitive item, with its label, to its custodian only; others get a count", async () => {
    const nhs = population[7];
    await bulkInsert(database.dataSource, "condition", [{
      id: "unit-sensitive", nhs_number: nhs, custodian: "RQM", source_system: "Lilie", recorded_at: new Date(), updated_at: new Date(),
      sensitivity: "SEXUALLY_TRANSMITTED_INFECTION", code: "105629000", system: "http://snomed.info/sct", display: "Chlamydial infection",
      clinical_status: "resolved", onset: null, abatement: null,
    }]);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on RecordQE1 { conditions { code provenance { sensitivity } } withheld { count reasons { reason count } } } } }`;
    const clinician = { sub: "unit-gum", name: "Sexual health clinician", org: "RQM", role: "R8000", activities: ["B0360"], purpose: "DIRECT_CARE" };
    const asCustodian = await execute(server, await issuer.mint(clinician), query, {
      r: [{ __typename: "RecordQE1", nhsNumber: nhs, accessAssertion: await assertFor(clinician, nhs) }],
    });
    expect(asCustodian.errors).toBeUndefined();
    expect((asCustodian.data!._entities as any[])[0]).toEqual({ conditions: [{ code: "105629000", provenance: { sensitivity: "SEXUALLY_TRANSMITTED_INFECTION" } }], withheld: { count: 0, reasons: [] } });
    const asGp = await execute(server, token, query, { r: await representations([nhs]) });
    expect((asGp.data!._entities as any[])[0]).toEqual({ conditions: [], withheld: { count: 1, reasons: [{ reason: "LEGALLY_RESTRICTED", count: 1 }] } });
  });

  it("audits a read made through the interface as a clinical read, and hides records from other purposes", async () => {
    const before = await database.dataSource.query(`SELECT max(seq) AS seq FROM audit_event`);
    const viaInterface = `query($r: [_Any!]!) { _entities(representations: $r) { ... on RegionalRecord { allergies { code } } } }`;
    const result = await execute(server, token, viaInterface, { r: await representations([DEMO_PATIENTS.visitorFromPreston]) });
    expect(result.errors).toBeUndefined();
    const [row] = await database.dataSource.query(`SELECT action, categories_returned, decision FROM audit_event WHERE seq > $1 ORDER BY seq`, [before[0].seq]);
    expect(row).toEqual({ action: "READ_RECORD", categories_returned: ["allergies"], decision: "PERMIT" });
    const researcher = await execute(server, await issuer.mintPersona("researcher"), `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      { r: [{ __typename: "RecordQE1", nhsNumber: DEMO_PATIENTS.visitorFromPreston }] });
    expect(researcher.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "PURPOSE_NOT_DIRECT_CARE" });
    expect(researcher.data!._entities).toEqual([null]);
  });

  it("serves its federation SDL", async () => {
    const result = await execute(server, token, "{ _service { sdl } }");
    expect(result.data!._service).toMatchObject({ sdl: expect.stringContaining("type RecordQE1 implements RegionalRecord") });
  });
});
