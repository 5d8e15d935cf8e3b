import { AUDIT_TRAIL_DOWN, AUDIT_TRAIL_UP } from "@scr/common";
import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AccessRelationships1732400000001 implements MigrationInterface {
  name = "AccessRelationships1732400000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE care_episode (
      id bigserial PRIMARY KEY,
      nhs_number varchar(10) NOT NULL,
      organisation text NOT NULL,
      region_code text NOT NULL,
      started_at timestamptz NOT NULL,
      ended_at timestamptz,
      CONSTRAINT care_episode_unique UNIQUE (nhs_number, organisation, region_code, started_at))`);
    await queryRunner.query(`CREATE INDEX care_episode_patient_idx ON care_episode (nhs_number, organisation)`);
    await queryRunner.query(`CREATE TABLE access_grant (
      id bigserial PRIMARY KEY,
      nhs_number varchar(10) NOT NULL,
      user_id text NOT NULL,
      user_name text NOT NULL,
      organisation text NOT NULL,
      role text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('SELF_CLAIMED', 'EMERGENCY_ACCESS')),
      reason_code integer NOT NULL CHECK (reason_code BETWEEN 1 AND 6),
      reason_text text NOT NULL CHECK (length(reason_text) BETWEEN 1 AND 500),
      granted_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE INDEX access_grant_patient_idx ON access_grant (nhs_number, user_id)`);
    await queryRunner.query(`CREATE TABLE privacy_alert (
      id bigserial PRIMARY KEY,
      grant_id bigint NOT NULL REFERENCES access_grant (id),
      custodian text NOT NULL,
      raised_at timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE INDEX privacy_alert_custodian_idx ON privacy_alert (custodian, raised_at)`);
    for (const statement of AUDIT_TRAIL_UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of AUDIT_TRAIL_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE privacy_alert`);
    await queryRunner.query(`DROP TABLE access_grant`);
    await queryRunner.query(`DROP TABLE care_episode`);
  }
}
