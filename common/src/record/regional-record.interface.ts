import { Field, InterfaceType } from "type-graphql";
import { NhsNumberScalar } from "../nhs/nhs-number.scalar.js";
import { DateTimeScalar } from "./scalars.js";
import { WithheldSummary } from "./withheld.types.js";
import { AccessLogEntry } from "../audit/access-log.type.js";
import { Region } from "./region.type.js";
import { Alert, Allergy, CarePlan, Condition, Document, Encounter, Medication, Observation } from "./regional-content.types.js";

/** Resolves an abstract RegionalRecord value to its region's concrete type, e.g. `RecordQE1`: every value carries it. */
export function resolveRegionalRecordType(value: { __typename: string }): string {
  return value.__typename;
}

/**
 * One region's record for a patient. Every region implements it with its own type (`RecordQE1`, ...)
 * so the gateway fetches every region in parallel. Content fields are nullable on purpose: a region
 * that fails costs only its own part of the answer, not the whole patient.
 */
@InterfaceType("RegionalRecord", {
  autoRegisterImplementations: false,
  resolveType: resolveRegionalRecordType,
})
export abstract class RegionalRecord {
  @Field(() => NhsNumberScalar)
  nhsNumber!: string;

  @Field(() => Region, { nullable: true })
  region?: Region | null;

  @Field(() => String, { nullable: true, description: "UK Core NHS number verification status as held by the region (01 to 08)." })
  nhsNumberVerificationStatus?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Most recent update of any item the region holds." })
  lastUpdated?: Date | null;

  @Field(() => [Allergy], { nullable: true }) allergies?: Allergy[] | null;
  @Field(() => [Medication], { nullable: true }) medications?: Medication[] | null;
  @Field(() => [Condition], { nullable: true }) conditions?: Condition[] | null;
  @Field(() => [Encounter], { nullable: true }) encounters?: Encounter[] | null;
  @Field(() => [Observation], { nullable: true }) observations?: Observation[] | null;
  @Field(() => [CarePlan], { nullable: true }) carePlans?: CarePlan[] | null;
  @Field(() => [Alert], { nullable: true }) alerts?: Alert[] | null;
  @Field(() => [Document], { nullable: true }) documents?: Document[] | null;

  @Field(() => WithheldSummary, { nullable: true, description: "Items of this region withheld from you, and why." })
  withheld?: WithheldSummary | null;

  @Field(() => [AccessLogEntry], { nullable: true, description: "Who accessed this region's record of the patient: for the patient and their practice's privacy officer." })
  accessLog?: AccessLogEntry[] | null;
}
