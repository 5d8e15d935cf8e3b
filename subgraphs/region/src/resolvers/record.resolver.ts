import {
  AccessLogEntry, Alert, Allergy, CarePlan, Condition, DateTimeScalar, Document, Encounter, Medication, Observation,
  Region, RegionalRecord, recordTypeNameFor, summariseWithheld, WithheldSummary, type RegionInfo,
} from "@scr/common";
import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { CLINICAL_SECTIONS, type ClinicalSection } from "../entities/clinical.entities.js";
import { type RegionalItemEntity } from "../entities/regional-item.entity.js";
import { loadSection } from "../loaders/region.loaders.js";
import { partition, type RecordAccess } from "../policy/record-access.js";
import { type RegionContext } from "../region.context.js";
import { toGraphItem } from "./item.mapping.js";

export interface RegionRecordSource {
  nhsNumber: string;
  verificationStatus: string;
  updatedAt: Date;
  access: RecordAccess;
}

/** Every guarded field needs the locator's signed access decision for this caller and patient. */
const REQUIRES_ASSERTION = `@requires(fields: "accessAssertion")`;

/**
 * The region's own entity type (e.g. `RecordQE1`), made at run time from the ICB code so that one
 * codebase serves every region and the gateway can fan out to all of them at once.
 */
export function createRegionRecordType(region: RegionInfo) {
  const typeName = recordTypeNameFor(region.code);

  @Directive(`@key(fields: "nhsNumber")`)
  @ObjectType(typeName, { implements: RegionalRecord, description: `The ${region.name} shared care record of one patient.` })
  class RegionRecord extends RegionalRecord {
    @Directive("@external")
    @Field(() => String, { nullable: true, description: "Signed by the locator; never shown to clients." })
    accessAssertion?: string | null;
  }

  async function section(context: RegionContext, record: RegionRecordSource, name: ClinicalSection) {
    const { visible } = partition(await loadSection(context.loaders, name, record.nhsNumber), record.access);
    return visible.map((item) => toGraphItem(item, context.region, record.access.hiddenOrganisation));
  }

  @Resolver(() => RegionRecord)
  class RegionRecordResolver {
    @FieldResolver(() => Region, { nullable: true })
    region(): Region { return Region.from(region); }

    @FieldResolver(() => String, { nullable: true })
    nhsNumberVerificationStatus(@Root() record: RegionRecordSource) { return record.verificationStatus; }

    @FieldResolver(() => DateTimeScalar, { nullable: true })
    lastUpdated(@Root() record: RegionRecordSource) { return record.updatedAt; }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [Allergy], { nullable: true })
    allergies(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "allergies"); }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [Medication], { nullable: true })
    medications(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "medications"); }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [Condition], { nullable: true })
    conditions(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "conditions"); }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [Encounter], { nullable: true })
    encounters(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "encounters"); }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [Observation], { nullable: true })
    observations(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "observations"); }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [CarePlan], { nullable: true })
    carePlans(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "carePlans"); }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [Alert], { nullable: true })
    alerts(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "alerts"); }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [Document], { nullable: true })
    documents(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "documents"); }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => WithheldSummary, { nullable: true })
    async withheld(@Root() record: RegionRecordSource, @Ctx() context: RegionContext): Promise<WithheldSummary> {
      const sections = await Promise.all(CLINICAL_SECTIONS.map((name) => context.loaders[name].load(record.nhsNumber)));
      return summariseWithheld(sections.flatMap((items) => partition(items as RegionalItemEntity[], record.access).withheld));
    }

    @Directive(REQUIRES_ASSERTION) @FieldResolver(() => [AccessLogEntry], { nullable: true })
    accessLog(@Root() record: RegionRecordSource, @Ctx() context: RegionContext) {
      return context.accessLogs.load(record.nhsNumber);
    }
  }

  return { RegionRecord, RegionRecordResolver, typeName };
}
