import { verifyAuditTrail } from "@scr/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type Federation } from "../support/federation.harness.js";

const ALLERGIES = `{ patient(nhsNumber: "9990000018") { allergies { code sources { region { code } } } records { __typename allergies { code } } } }`;

describe("the audit trail", () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation();
    await federation.query(ALLERGIES, {}, "gp");
    await federation.query(ALLERGIES, {}, "paramedic");
  });
  afterAll(async () => { await federation?.stop(); });

  const qe1 = () => federation.regionDatabases.QE1.dataSource;

  it("records every access, allowed or denied, with who, why and what", async () => {
    const rows: any[] = await qe1().query(`SELECT user_id, organisation, role, purpose, nhs_number, region, decision, reason, relationship, categories_returned, categories_withheld, request_id FROM audit_event WHERE action = 'READ_RECORD' ORDER BY seq`);
    expect(rows).toContainEqual(expect.objectContaining({ user_id: "dev-gp", organisation: "P81046", role: "R8000", purpose: "DIRECT_CARE", nhs_number: "9990000018", region: "QE1", decision: "PERMIT", relationship: "REGISTERED_PRACTICE", categories_returned: ["allergies"] }));
    expect(rows).toContainEqual(expect.objectContaining({ user_id: "dev-paramedic", organisation: "RRU", decision: "DENY", reason: "NO_LEGITIMATE_RELATIONSHIP", categories_withheld: ["allergies"] }));
    const lookups: any[] = await federation.locatorDatabase.dataSource.query(`SELECT user_id, action, region FROM audit_event WHERE action = 'LOOKUP'`);
    expect(lookups).toContainEqual({ user_id: "dev-paramedic", action: "LOOKUP", region: "CENTRAL" });
  });

  it("cannot be altered, deleted or truncated", async () => {
    await expect(qe1().query(`UPDATE audit_event SET decision = 'PERMIT' WHERE decision = 'DENY'`)).rejects.toThrow(/append-only/);
    await expect(qe1().query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(qe1().query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    await expect(federation.locatorDatabase.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    expect((await verifyAuditTrail(qe1())).ok).toBe(true);
  });

  it("returns no data when the audit write fails (fail closed)", async () => {
    await qe1().query(`ALTER TABLE audit_event RENAME TO audit_event_unavailable`);
    try {
      const { body } = await federation.query(ALLERGIES, {}, "gp");
      const qe1Record = body.data?.patient?.records?.find((r: any) => r.__typename === "RecordQE1");
      expect(qe1Record?.allergies ?? null).toBeNull();
      const penicillin = body.data?.patient?.allergies?.find((a: any) => a.code === "91936005");
      expect(penicillin.sources.map((s: any) => s.region.code)).toEqual(["Z9B2Z"]);
      expect(body.errors?.length).toBeGreaterThan(0);
    } finally {
      await qe1().query(`ALTER TABLE audit_event_unavailable RENAME TO audit_event`);
    }
  });

  it("lets the verification detect an altered row and a removed row", async () => {
    for (const persona of ["gp", "ae-doctor", "receptionist"] as const) await federation.query(ALLERGIES, {}, persona);
    expect((await verifyAuditTrail(qe1())).rows).toBeGreaterThanOrEqual(5);
    // Only someone bypassing the database's own guard (a superuser disabling the trigger) can do this.
    await qe1().query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    try {
      await qe1().query(`UPDATE audit_event SET reason = NULL, decision = 'PERMIT' WHERE seq = 2`);
      await qe1().query(`DELETE FROM audit_event WHERE seq = 3`);
    } finally {
      await qe1().query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    }
    const result = await verifyAuditTrail(qe1());
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({ seq: 2, problem: expect.stringMatching(/altered/) });
    expect(result.problems).toContainEqual({ seq: 4, problem: expect.stringMatching(/gap/) });
  });
});
