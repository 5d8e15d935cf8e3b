import { AUDIT_TRAIL_DOWN, AUDIT_TRAIL_UP } from "@scr/common";
import { type MigrationInterface, type QueryRunner } from "typeorm";

export class RegionAuditTrail1732400000000 implements MigrationInterface {
  name = "RegionAuditTrail1732400000000";
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of AUDIT_TRAIL_UP) await queryRunner.query(statement);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of AUDIT_TRAIL_DOWN) await queryRunner.query(statement);
  }
}
