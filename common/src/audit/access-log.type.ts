import { Directive, Field, Int, ObjectType } from "type-graphql";
import { type DataSource } from "typeorm";
import { DateTimeScalar } from "../record/scalars.js";

@Directive("@shareable")
@ObjectType("AccessLogEntry", { description: "One audited access to a patient's data: who, when, why, and what was returned or withheld." })
export class AccessLogEntry {
  @Field(() => Int, { description: "Position in the tamper-evident trail." }) sequence!: number;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => String, { description: "LOOKUP | READ_RECORD | READ_ACCESS_LOG | DECLARE_ACCESS | READ_ALERTS" }) action!: string;
  @Field(() => String) userId!: string;
  @Field(() => String) userName!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true, description: "ODS code the user acted for." }) organisation?: string | null;
  @Field(() => String, { nullable: true }) purpose?: string | null;
  @Field(() => String, { description: "ICB code of the data's region, or CENTRAL for lookups." }) region!: string;
  @Field(() => String, { description: "PERMIT | DENY" }) decision!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String, { nullable: true, description: "The legitimate relationship relied on." }) relationship?: string | null;
  @Field(() => Int, { nullable: true, description: "SCR reason code of a declared relationship." }) relationshipReasonCode?: number | null;
  @Field(() => String, { nullable: true }) relationshipReasonText?: string | null;
  @Field(() => [String]) categoriesReturned!: string[];
  @Field(() => [String]) categoriesWithheld!: string[];
}

interface AuditRow {
  seq: string; occurred_at: Date; action: string; user_id: string; user_name: string; role: string | null;
  organisation: string | null; purpose: string | null; region: string; decision: string; reason: string | null;
  relationship: string | null; relationship_reason_code: number | null; relationship_reason_text: string | null;
  categories_returned: string[]; categories_withheld: string[]; nhs_number: string;
}

/** The trail of several patients in one statement, newest first per patient. */
export async function accessLogsFor(dataSource: DataSource, nhsNumbers: readonly string[]): Promise<AccessLogEntry[][]> {
  const rows: AuditRow[] = await dataSource.query(
    `SELECT * FROM audit_event WHERE nhs_number = ANY($1::varchar[]) ORDER BY seq DESC`, [[...nhsNumbers]]);
  return nhsNumbers.map((nhs) => rows.filter((r) => r.nhs_number === nhs).map((r) => ({
    sequence: Number(r.seq), at: r.occurred_at, action: r.action, userId: r.user_id, userName: r.user_name, role: r.role,
    organisation: r.organisation, purpose: r.purpose, region: r.region, decision: r.decision, reason: r.reason,
    relationship: r.relationship, relationshipReasonCode: r.relationship_reason_code, relationshipReasonText: r.relationship_reason_text,
    categoriesReturned: r.categories_returned, categoriesWithheld: r.categories_withheld,
  })));
}
