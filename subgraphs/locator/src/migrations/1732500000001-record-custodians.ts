import { type MigrationInterface, type QueryRunner } from "typeorm";

/** Which organisations hold items for a patient in each region: their privacy officers get alerts. */
export class RecordCustodians1732500000001 implements MigrationInterface {
  name = "RecordCustodians1732500000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE record_custodian (
      nhs_number varchar(10) NOT NULL,
      region_code text NOT NULL,
      organisation text NOT NULL,
      PRIMARY KEY (nhs_number, region_code, organisation))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE record_custodian`);
  }
}
