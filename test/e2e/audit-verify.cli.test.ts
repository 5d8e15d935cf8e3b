import { AuditWriter, DEMO_PATIENTS, PERSONAS, REPO_ROOT, callerFromClaims, type Database } from "@scr/common";
import { openRegionDatabase } from "@scr/region";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAndDrop, testDatabaseUrl } from "../support/databases.js";

const run = promisify(execFile);

/** `npm run audit:verify`, as an operator runs it, against a trail someone tampered with. */
describe("audit:verify command", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "scr-audit-"));
  const url = testDatabaseUrl("cli-region-qe1");
  let database: Database;

  const verify = async () => {
    const env = { ...process.env, DATA_DIR: dataDir, ...(url ? { REGION_QE1_DATABASE_URL: url } : {}) };
    try {
      const { stdout } = await run(process.execPath, ["--import", "tsx", join(REPO_ROOT, "scripts/audit-verify.ts"), "--subgraph", "region-qe1"], { env, cwd: REPO_ROOT });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, stdout: failed.stdout };
    }
  };

  beforeAll(async () => {
    database = await openRegionDatabase("QE1", url ? { url } : { dataDir: join(dataDir, "region-qe1") });
    const writer = new AuditWriter(database.dataSource, { caller: callerFromClaims(PERSONAS.gp), token: "t", requestId: "cli-test" });
    for (let i = 0; i < 5; i++) {
      await writer.record({ action: "READ_RECORD", nhsNumber: DEMO_PATIENTS.visitorFromPreston, region: "QE1", categoriesReturned: ["allergies"], decision: { permitted: true, reason: null, relationship: "REGISTERED_PRACTICE", reasonCode: null, reasonText: null } });
    }
    if (!url) await database.close(); // an embedded database has one user at a time: the command
  });

  afterAll(async () => {
    if (url) await closeAndDrop(database, url);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("reports an intact trail and its head", async () => {
    const { code, stdout } = await verify();
    expect(code).toBe(0);
    expect(stdout).toMatch(/region-qe1: 5 audit events; head #5 [0-9a-f]{64}/);
    expect(stdout).toContain("trail intact");
  });

  it("exits 1 and names the row when the trail was altered", async () => {
    const tamper = async (db: Database) => {
      await db.dataSource.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
      await db.dataSource.query(`UPDATE audit_event SET user_name = 'someone else' WHERE seq = 3`);
      await db.dataSource.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    };
    if (url) await tamper(database);
    else {
      const embedded = await openRegionDatabase("QE1", { dataDir: join(dataDir, "region-qe1") });
      await tamper(embedded);
      await embedded.close();
    }
    const { code, stdout } = await verify();
    expect(code).toBe(1);
    expect(stdout).toMatch(/#3: row altered/);
    expect(stdout).toContain("TRAIL TAMPERED WITH");
  });
});
