import { DateTimeScalar, NhsNumberScalar } from "@scr/common";
import { Directive, Field, ObjectType } from "type-graphql";

@ObjectType("HumanName")
export class HumanName {
  @Field(() => String, { nullable: true }) prefix?: string | null;
  @Field(() => String) given!: string;
  @Field(() => String) family!: string;
}

@ObjectType("Address")
export class Address {
  @Field(() => [String]) lines!: string[];
  @Field(() => String, { nullable: true }) postcode?: string | null;
}

@ObjectType("Demographics", { description: "As the Personal Demographics Service holds them." })
export class Demographics {
  @Field(() => HumanName) name!: HumanName;
  @Field(() => String, { description: "YYYY-MM-DD" }) birthDate!: string;
  @Field(() => String, { description: "male | female | other | unknown" }) gender!: string;
  @Field(() => Address, { nullable: true, description: "Null for restricted (S-flagged) patients." }) address?: Address | null;
  @Field(() => String, { nullable: true, description: "Null for restricted (S-flagged) patients." }) telephone?: string | null;
  @Field(() => String, { nullable: true, description: "ODS code of the registered GP practice. Null for restricted patients." }) registeredPractice?: string | null;
  @Field(() => Boolean, { description: "PDS \"S\" flag: contact details and practice are never shown." }) restricted!: boolean;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@Directive(`@key(fields: "nhsNumber")`)
@ObjectType("Patient", { description: "A patient, found by NHS number across every region of the federation." })
export class Patient {
  @Field(() => NhsNumberScalar) nhsNumber!: string;
}
