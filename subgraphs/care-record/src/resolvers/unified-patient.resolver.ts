import { NhsNumberScalar, Region, RegionalRecord, summariseWithheld, WithheldSummary, type WithheldReason } from "@scr/common";
import { Directive, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { completenessOf } from "../merge/completeness.js";
import { endOfLifeOf } from "../merge/end-of-life.js";
import { type RecordJson } from "../merge/representation.js";
import { timelineOf } from "../merge/timeline.js";
import { unifiedAlerts, unifiedAllergies, unifiedConditions, unifiedMedications } from "../merge/unified-lists.js";
import {
  EndOfLifePreferences, RecordCompleteness, TimelineEvent, UnifiedAlert, UnifiedAllergy, UnifiedCondition, UnifiedMedication,
} from "../types/unified.types.js";
import { requiresRecords } from "./requires.selections.js";

/** The care-record subgraph's part of Patient: the unified view, computed from every region's record. */
@Directive(`@key(fields: "nhsNumber")`)
@ObjectType("Patient")
export class UnifiedPatient {
  @Field(() => NhsNumberScalar) nhsNumber!: string;

  @Directive("@external")
  @Field(() => [RegionalRecord])
  records!: RecordJson[];

  @Directive("@external")
  @Field(() => [Region])
  regionsHoldingRecords!: Pick<Region, "code">[];

  @Directive("@external")
  @Field(() => String, { nullable: true })
  accessAssertion?: string | null;
}

// A region that failed is missing from `records`; the locator's list still names it.
const recordsOf = (patient: UnifiedPatient) => (patient.records ?? []).filter(Boolean);

@Resolver(() => UnifiedPatient)
export class UnifiedPatientResolver {
  @Directive(requiresRecords("allergies"))
  @FieldResolver(() => [UnifiedAllergy], { nullable: true, description: "Allergies from every region, merged by code." })
  allergies(@Root() patient: UnifiedPatient) { return unifiedAllergies(recordsOf(patient)); }

  @Directive(requiresRecords("medications"))
  @FieldResolver(() => [UnifiedMedication], { nullable: true, description: "Medicines from every region, merged by dm+d code; dose conflicts flagged." })
  medications(@Root() patient: UnifiedPatient) { return unifiedMedications(recordsOf(patient)); }

  @Directive(requiresRecords("conditions"))
  @FieldResolver(() => [UnifiedCondition], { nullable: true })
  conditions(@Root() patient: UnifiedPatient) { return unifiedConditions(recordsOf(patient)); }

  @Directive(requiresRecords("alerts"))
  @FieldResolver(() => [UnifiedAlert], { nullable: true })
  alerts(@Root() patient: UnifiedPatient) { return unifiedAlerts(recordsOf(patient)); }

  @Directive(requiresRecords("encounters", "carePlans", "documents"))
  @FieldResolver(() => [TimelineEvent], { nullable: true, description: "Encounters, care plans and documents across regions, newest first." })
  timeline(@Root() patient: UnifiedPatient) { return timelineOf(recordsOf(patient)); }

  @Directive(requiresRecords("carePlans"))
  @FieldResolver(() => EndOfLifePreferences, { nullable: true })
  endOfLife(@Root() patient: UnifiedPatient) { return endOfLifeOf(recordsOf(patient)); }

  @Directive(requiresRecords())
  @FieldResolver(() => RecordCompleteness, { nullable: true, description: "Which regions answered; an incomplete view says so here." })
  completeness(@Root() patient: UnifiedPatient) { return completenessOf(recordsOf(patient), patient.regionsHoldingRecords ?? []); }

  @Directive(requiresRecords("withheld"))
  @FieldResolver(() => WithheldSummary, { nullable: true, description: "Items withheld from you across all regions, and why; never which." })
  withheld(@Root() patient: UnifiedPatient): WithheldSummary {
    const reasons = recordsOf(patient).flatMap((record) => {
      const summary = record.withheld as WithheldSummary | null | undefined;
      return (summary?.reasons ?? []).flatMap(({ reason, count }) => Array<WithheldReason>(count).fill(reason));
    });
    return summariseWithheld(reasons);
  }
}

export const unifiedPatientReference = {
  __resolveReference: (representation: UnifiedPatient) => Object.assign(new UnifiedPatient(), representation),
};
