import { NhsNumberScalar, recordTypeNameFor, resolveRegionalRecordType, type RegionInfo } from "@scr/common";
import { Directive, Field, InterfaceType, ObjectType } from "type-graphql";

/** The locator's view of RegionalRecord: the key only. Regions contribute the content fields. */
@InterfaceType("RegionalRecord", { autoRegisterImplementations: false, resolveType: resolveRegionalRecordType })
export abstract class RegionalRecordReference {
  @Field(() => NhsNumberScalar) nhsNumber!: string;
}

/** A stub per federated region (`RecordQE1 @key(..., resolvable: false)`), so the planner fans out. */
export function createRegionReferenceTypes(regions: RegionInfo[]): Function[] {
  return regions.map((region) => {
    @Directive(`@key(fields: "nhsNumber", resolvable: false)`)
    @ObjectType(recordTypeNameFor(region.code), { implements: RegionalRecordReference })
    class RegionRecordReference extends RegionalRecordReference {}
    return RegionRecordReference;
  });
}
