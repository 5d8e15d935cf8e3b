import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A region's encounter, referral or ambulance incident: the organisation has a care episode. */
@Entity("care_episode")
@Index(["nhsNumber", "organisation"])
export class CareEpisodeEntity {
  @PrimaryGeneratedColumn({ type: "bigint" }) id!: string;
  @Column({ name: "nhs_number", type: "varchar", length: 10 }) nhsNumber!: string;
  @Column({ type: "text" }) organisation!: string;
  @Column({ name: "region_code", type: "text" }) regionCode!: string;
  @Column({ name: "started_at", type: "timestamptz" }) startedAt!: Date;
  @Column({ name: "ended_at", type: "timestamptz", nullable: true }) endedAt!: Date | null;
}

/** A self-claimed relationship or emergency access, declared by one user for one patient, for a while. */
@Entity("access_grant")
@Index(["nhsNumber", "userId"])
export class AccessGrantEntity {
  @PrimaryGeneratedColumn({ type: "bigint" }) id!: string;
  @Column({ name: "nhs_number", type: "varchar", length: 10 }) nhsNumber!: string;
  @Column({ name: "user_id", type: "text" }) userId!: string;
  @Column({ name: "user_name", type: "text" }) userName!: string;
  @Column({ type: "text" }) organisation!: string;
  @Column({ type: "text" }) role!: string;
  @Column({ type: "text" }) kind!: string;
  @Column({ name: "reason_code", type: "integer" }) reasonCode!: number;
  @Column({ name: "reason_text", type: "text" }) reasonText!: string;
  @Column({ name: "granted_at", type: "timestamptz" }) grantedAt!: Date;
  @Column({ name: "expires_at", type: "timestamptz" }) expiresAt!: Date;
}

/** Raised for the privacy officers of a custodian when someone declares access to its patient. */
@Entity("privacy_alert")
@Index(["custodian", "raisedAt"])
export class PrivacyAlertEntity {
  @PrimaryGeneratedColumn({ type: "bigint" }) id!: string;
  @Column({ name: "grant_id", type: "bigint" }) grantId!: string;
  @Column({ type: "text" }) custodian!: string;
  @Column({ name: "raised_at", type: "timestamptz" }) raisedAt!: Date;
}
