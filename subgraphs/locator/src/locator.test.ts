import { DEMO_PATIENTS, federationRegions, testRangeNhsNumbers, type Database, type DevIssuer } from "@scr/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkInsert } from "../../../scripts/seed/bulk-insert.js";
import { loadDemoFixtures } from "../../../scripts/seed/demo-load.js";
import { closeAndDrop, testDatabaseUrl } from "../../../test/support/databases.js";
import { execute, testIssuer } from "../../../test/support/subgraph.harness.js";
import { openLocatorDatabase } from "./locator.database.js";
import { createLocatorServer } from "./locator.server.js";

const REGISTER = `mutation($region: String!, $n: [NhsNumber!]!) { registerRecordPointers(region: $region, nhsNumbers: $n) { region registered } }`;
const PATIENT = `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber demographics { name { family } address { postcode } telephone registeredPractice restricted } records { __typename nhsNumber } regionsHoldingRecords { code } } }`;

describe("locator subgraph", () => {
  const url = testDatabaseUrl("unit-locator");
  let database: Database;
  let server: Awaited<ReturnType<typeof createLocatorServer>>;
  let issuer: DevIssuer;
  let gp: string;
  const population = [...testRangeNhsNumbers(7000)].slice(0, 120);

  beforeAll(async () => {
    const keys = await testIssuer();
    issuer = keys.issuer;
    gp = await issuer.mintPersona("gp");
    database = await openLocatorDatabase({ url });
    await loadDemoFixtures({ locator: database.dataSource, regions: {} }, { pointers: true });
    await bulkInsert(database.dataSource, "patient", population.map((nhs) => ({
      nhs_number: nhs, given_name: "Test", family_name: "Patient", prefix: null, birth_date: "1990-01-01", gender: "unknown",
      address_lines: ["1 Test Street"], postcode: "LS1 1AA", telephone: null, registered_practice: "B86001", restricted: false, updated_at: new Date(),
    })));
    server = await createLocatorServer({ database, verifier: keys.verifier, assertionSigner: keys.assertionSigner, regions: federationRegions() });
    await server.apollo.start();
  }, 60_000);

  afterAll(async () => {
    await server?.apollo.stop();
    if (database) await closeAndDrop(database, url);
  });

  it("finds a patient with demographics and one record reference per region holding data", async () => {
    const result = await execute(server, gp, PATIENT, { n: DEMO_PATIENTS.visitorFromPreston });
    expect(result.errors).toBeUndefined();
    const patient = result.data!.patient as any;
    expect(patient.demographics).toMatchObject({ name: { family: "Morgan" }, registeredPractice: "P81046", restricted: false });
    expect(patient.records.map((r: { __typename: string }) => r.__typename).sort()).toEqual(["RecordQE1", "RecordQHM", "RecordZ9B2Z"]);
    expect(patient.regionsHoldingRecords.map((r: { code: string }) => r.code).sort()).toEqual(["QE1", "QHM", "Z9B2Z"]);
  });

  it("hides address, telephone and practice of a restricted (S-flagged) patient", async () => {
    const result = await execute(server, gp, PATIENT, { n: DEMO_PATIENTS.sFlagged });
    expect((result.data!.patient as any).demographics).toMatchObject({ address: null, telephone: null, registeredPractice: null, restricted: true });
  });

  it("returns null for a number known nowhere", async () => {
    const result = await execute(server, gp, PATIENT, { n: DEMO_PATIENTS.knownNowhere });
    expect(result.errors).toBeUndefined();
    expect(result.data!.patient).toBeNull();
  });

  it("answers an _entities batch of 100 patients with as many SQL statements as 1", async () => {
    // Every patient held in two regions, so records, relationships and signed assertions all run.
    await bulkInsert(database.dataSource, "record_pointer", population.slice(10, 110).flatMap((nhs) =>
      ["QE1", "QHM"].map((region) => ({ nhs_number: nhs, region_code: region, registered_by: "unit", updated_at: new Date() }))));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Patient { nhsNumber demographics { name { family } } records { __typename ... on RecordQE1 { accessAssertion } } accessAssertion } } }`;
    const count = async (numbers: string[]) => {
      const before = database.statements.count;
      const result = await execute(server, gp, query, { r: numbers.map((nhsNumber) => ({ __typename: "Patient", nhsNumber })) });
      expect(result.errors).toBeUndefined();
      expect((result.data!._entities as any[]).every((p) => p.records.length === 2 && p.accessAssertion)).toBe(true);
      return database.statements.count - before;
    };
    const one = await count(population.slice(10, 11));
    expect(one).toBeGreaterThan(0);
    expect(await count(population.slice(10, 110))).toBe(one);
  });

  it("refuses _entities lookups the policy refuses, and audits them", async () => {
    const citizen = await issuer.mintPersona("patient"); // the visitor from Preston's own token
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { regionsHoldingRecords { code } } } }`;
    const other = await execute(server, citizen, query, { r: [{ __typename: "Patient", nhsNumber: DEMO_PATIENTS.objectedInQE1 }] });
    expect(other.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_OWN_RECORD" });
    expect(other.data!._entities).toEqual([null]);
    const own = await execute(server, citizen, query, { r: [{ __typename: "Patient", nhsNumber: DEMO_PATIENTS.visitorFromPreston }] });
    expect(own.errors).toBeUndefined();
    const researcher = await execute(server, await issuer.mintPersona("researcher"), `query($r: [_Any!]!) { _entities(representations: $r) { ... on RecordQE1 { accessAssertion } } }`,
      { r: [{ __typename: "RecordQE1", nhsNumber: DEMO_PATIENTS.sFlagged }] });
    expect(researcher.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "PURPOSE_NOT_DIRECT_CARE" });
    const audited: { user_id: string; reason: string }[] = await database.dataSource.query(`SELECT user_id, reason FROM audit_event WHERE decision = 'DENY'`);
    expect(audited).toContainEqual({ user_id: "dev-patient", reason: "NOT_OWN_RECORD" });
    expect(audited).toContainEqual({ user_id: "dev-researcher", reason: "PURPOSE_NOT_DIRECT_CARE" });
  });

  describe("record pointer registration", () => {
    it("accepts a region's own service token and makes the region appear in records", async () => {
      const nhs = population[0];
      const token = await issuer.mintService("region-qks", "QKS");
      const result = await execute(server, token, REGISTER, { region: "QKS", n: [nhs, nhs] });
      expect(result.errors).toBeUndefined();
      expect(result.data!.registerRecordPointers).toEqual({ region: "QKS", registered: 1 });
      const after = await execute(server, gp, PATIENT, { n: nhs });
      expect((after.data!.patient as any).records).toEqual([{ __typename: "RecordQKS", nhsNumber: nhs }]);
    });

    it("accepts care episodes only for patients the region registered", async () => {
      const token = await issuer.mintService("region-qks", "QKS");
      const episodes = `mutation($e: [CareEpisodeInput!]!) { registerCareEpisodes(region: "QKS", episodes: $e) { registered } }`;
      const episode = (nhsNumber: string) => ({ nhsNumber, organisation: "RWF", start: "2026-11-01T09:00:00Z", end: null });
      const held = await execute(server, token, episodes, { e: [episode(population[0])] });
      expect(held.errors).toBeUndefined();
      const notHeld = await execute(server, token, episodes, { e: [episode(population[2])] });
      expect(notHeld.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "episodes" });
    });

    it("refuses a person's token", async () => {
      const result = await execute(server, gp, REGISTER, { region: "QE1", n: [population[1]] });
      expect(result.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "SERVICE_IDENTITY_REQUIRED" });
    });

    it("refuses a region registering pointers for another region", async () => {
      const token = await issuer.mintService("region-qks", "QKS");
      const result = await execute(server, token, REGISTER, { region: "QE1", n: [population[1]] });
      expect(result.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "REGION_MISMATCH" });
    });

    it("refuses a region outside the federation and oversized batches", async () => {
      const outside = await execute(server, await issuer.mintService("region-qyg", "QYG"), REGISTER, { region: "QYG", n: [population[1]] });
      expect(outside.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "region" });
      const many = [...testRangeNhsNumbers(20000)].slice(0, 1001);
      const big = await execute(server, await issuer.mintService("region-qe1", "QE1"), REGISTER, { region: "QE1", n: many });
      expect(big.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "nhsNumbers" });
    });
  });
});
