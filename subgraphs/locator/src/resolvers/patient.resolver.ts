import { AccessLogEntry, decideAccessLog, decideLookup, forbidden, NhsNumberScalar, Region, recordTypeNameFor } from "@scr/common";
import { GraphQLError } from "graphql";
import { Arg, Ctx, Directive, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type PatientEntity } from "../entities/locator.entities.js";
import { type LocatorContext } from "../locator.context.js";
import { Demographics, Patient } from "../types/patient.types.js";
import { RegionalRecordReference, regionRecordReferenceValue } from "../types/regional-record.references.js";
import { lookUp } from "./lookup.js";

export const MAX_PATIENTS_PER_QUERY = 100;

function demographicsOf(row: PatientEntity): Demographics {
  const hidden = row.restricted; // PDS S flag
  return {
    name: { prefix: row.prefix, given: row.givenName, family: row.familyName },
    birthDate: row.birthDate,
    gender: row.gender,
    address: hidden ? null : { lines: row.addressLines, postcode: row.postcode },
    telephone: hidden ? null : row.telephone,
    registeredPractice: hidden ? null : row.registeredPractice,
    restricted: row.restricted,
    updatedAt: row.updatedAt,
  };
}

async function regionsHolding(patient: Patient, context: LocatorContext): Promise<Region[]> {
  const pointers = await context.loaders.pointers.load(patient.nhsNumber);
  return pointers.flatMap((pointer) => {
    const region = context.regions.get(pointer.regionCode);
    return region ? [Region.from(region)] : [];
  });
}

@Resolver(() => Patient)
export class PatientResolver {
  @Query(() => Patient, { nullable: true, description: "One patient by NHS number; null when no region knows them." })
  patient(@Arg("nhsNumber", () => NhsNumberScalar) nhsNumber: string, @Ctx() context: LocatorContext): Promise<Patient | null> {
    return lookUp(nhsNumber, context);
  }

  @Query(() => [Patient], { nullable: "items", description: `Up to ${MAX_PATIENTS_PER_QUERY} patients, in the order asked; null for unknown numbers.` })
  async patients(@Arg("nhsNumbers", () => [NhsNumberScalar]) nhsNumbers: string[], @Ctx() context: LocatorContext): Promise<(Patient | null)[]> {
    if (nhsNumbers.length > MAX_PATIENTS_PER_QUERY) {
      throw new GraphQLError(`At most ${MAX_PATIENTS_PER_QUERY} patients may be asked for at once.`, {
        extensions: { code: "BAD_USER_INPUT", argument: "nhsNumbers" },
      });
    }
    return Promise.all(nhsNumbers.map((nhsNumber) => lookUp(nhsNumber, context)));
  }

  @FieldResolver(() => Demographics, { nullable: true })
  async demographics(@Root() patient: Patient, @Ctx() context: LocatorContext): Promise<Demographics | null> {
    const row = await context.loaders.patients.load(patient.nhsNumber);
    return row ? demographicsOf(row) : null;
  }

  @FieldResolver(() => [RegionalRecordReference], { description: "One record per federated region that holds data for the patient." })
  async records(@Root() patient: Patient, @Ctx() context: LocatorContext) {
    const regions = await regionsHolding(patient, context);
    return Promise.all(regions.map((region) => regionRecordReferenceValue(recordTypeNameFor(region.code), patient.nhsNumber, context)));
  }

  @FieldResolver(() => [Region], { description: "The regions whose records the locator points to, whether or not they answer right now." })
  regionsHoldingRecords(@Root() patient: Patient, @Ctx() context: LocatorContext): Promise<Region[]> {
    return regionsHolding(patient, context);
  }

  @Directive("@inaccessible")
  @FieldResolver(() => String, { nullable: true, description: "The locator's signed access decision for this caller and patient." })
  accessAssertion(@Root() patient: Patient, @Ctx() context: LocatorContext): Promise<string> {
    return context.signedAssertions.load(patient.nhsNumber);
  }

  @FieldResolver(() => [AccessLogEntry], { nullable: true, description: "Lookups of this patient: for the patient and their practice's privacy officer." })
  async lookupLog(@Root() patient: Patient, @Ctx() context: LocatorContext): Promise<AccessLogEntry[]> {
    const decision = decideAccessLog(context.identity.caller, patient.nhsNumber, await context.relationships.load(patient.nhsNumber));
    await context.audit.record({ action: "READ_ACCESS_LOG", nhsNumber: patient.nhsNumber, region: "CENTRAL", [decision.permitted ? "categoriesReturned" : "categoriesWithheld"]: ["lookupLog"], decision });
    if (!decision.permitted) throw forbidden(decision.reason ?? "NOT_PERMITTED");
    return context.accessLogs.load(patient.nhsNumber);
  }
}

/** `_entities` for Patient: known patients only, audited like any lookup. */
export const patientReference = {
  __resolveReference: (reference: { nhsNumber: string }, context: LocatorContext) => lookUp(reference.nhsNumber, context),
};
