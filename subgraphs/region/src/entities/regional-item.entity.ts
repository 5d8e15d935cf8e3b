import { Column, Index, PrimaryColumn } from "typeorm";

/** Columns every regional item carries: identity, patient, and provenance. */
export abstract class RegionalItemEntity {
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Index()
  @Column({ name: "nhs_number", type: "varchar", length: 10 })
  nhsNumber!: string;

  @Column({ type: "text" })
  custodian!: string;

  @Column({ name: "source_system", type: "text" })
  sourceSystem!: string;

  @Column({ name: "recorded_at", type: "timestamptz" })
  recordedAt!: Date;

  @Column({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  /** One of the Sensitivity labels, or null for ordinary items. */
  @Column({ type: "text", nullable: true })
  sensitivity!: string | null;
}
