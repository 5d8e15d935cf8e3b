import {
  Alert, Allergy, CarePlan, Condition, DateTimeScalar, Document, Encounter, Medication, Observation,
  Region, RegionalRecord, recordTypeNameFor, type RegionInfo,
} from "@scr/common";
import { Ctx, Directive, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { type ClinicalSection } from "../entities/clinical.entities.js";
import { type RegionContext } from "../region.context.js";
import { toGraphItem } from "./item.mapping.js";

export interface RegionRecordSource {
  nhsNumber: string;
  verificationStatus: string;
  updatedAt: Date;
}

/**
 * The region's own entity type (e.g. `RecordQE1`), made at run time from the ICB code so that one
 * codebase serves every region and the gateway can fan out to all of them at once.
 */
export function createRegionRecordType(region: RegionInfo) {
  const typeName = recordTypeNameFor(region.code);

  @Directive(`@key(fields: "nhsNumber")`)
  @ObjectType(typeName, { implements: RegionalRecord, description: `The ${region.name} shared care record of one patient.` })
  class RegionRecord extends RegionalRecord {
    static readonly typeName = typeName;
  }

  async function section(context: RegionContext, record: RegionRecordSource, name: ClinicalSection) {
    const items = await context.loaders[name].load(record.nhsNumber);
    return items.map((item) => toGraphItem(item, context.region));
  }

  @Resolver(() => RegionRecord)
  class RegionRecordResolver {
    @FieldResolver(() => Region, { nullable: true })
    region(): Region { return Region.from(region); }

    @FieldResolver(() => String, { nullable: true })
    nhsNumberVerificationStatus(@Root() record: RegionRecordSource) { return record.verificationStatus; }

    @FieldResolver(() => DateTimeScalar, { nullable: true })
    lastUpdated(@Root() record: RegionRecordSource) { return record.updatedAt; }

    @FieldResolver(() => [Allergy], { nullable: true })
    allergies(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "allergies"); }

    @FieldResolver(() => [Medication], { nullable: true })
    medications(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "medications"); }

    @FieldResolver(() => [Condition], { nullable: true })
    conditions(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "conditions"); }

    @FieldResolver(() => [Encounter], { nullable: true })
    encounters(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "encounters"); }

    @FieldResolver(() => [Observation], { nullable: true })
    observations(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "observations"); }

    @FieldResolver(() => [CarePlan], { nullable: true })
    carePlans(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "carePlans"); }

    @FieldResolver(() => [Alert], { nullable: true })
    alerts(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "alerts"); }

    @FieldResolver(() => [Document], { nullable: true })
    documents(@Root() r: RegionRecordSource, @Ctx() c: RegionContext) { return section(c, r, "documents"); }
  }

  return { RegionRecord, RegionRecordResolver, typeName };
}
