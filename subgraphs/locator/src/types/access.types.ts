import { DateTimeScalar, NhsNumberScalar } from "@scr/common";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export enum AccessDeclarationKind {
  SELF_CLAIMED = "SELF_CLAIMED",
  EMERGENCY_ACCESS = "EMERGENCY_ACCESS",
}
registerEnumType(AccessDeclarationKind, {
  name: "AccessDeclarationKind",
  description: "A self-claimed legitimate relationship, or emergency access (needs the B0168 activity).",
});

@ObjectType("AccessGrant", { description: "A declared relationship: time-limited, audited, and alerted to the custodians' privacy officers." })
export class AccessGrant {
  @Field(() => ID) id!: string;
  @Field(() => NhsNumberScalar) nhsNumber!: string;
  @Field(() => AccessDeclarationKind) kind!: AccessDeclarationKind;
  @Field(() => Int, { description: "Summary Care Record reason: 1 public interest, 2 required by statute, 3 court order, 4 self-claim emergency access, 5 access made in an emergency, 6 other." }) reasonCode!: number;
  @Field(() => String) reasonText!: string;
  @Field(() => DateTimeScalar) grantedAt!: Date;
  @Field(() => DateTimeScalar) expiresAt!: Date;
  @Field(() => Int, { description: "Alerts raised for the custodians' privacy officers (which custodians is not shown: it could reveal a restricted patient's practice)." }) alertsRaised!: number;
}

@ObjectType("PrivacyAlert", { description: "Someone declared access to one of your organisation's patients." })
export class PrivacyAlert {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) raisedAt!: Date;
  @Field(() => String) custodian!: string;
  @Field(() => NhsNumberScalar) nhsNumber!: string;
  @Field(() => AccessDeclarationKind) kind!: AccessDeclarationKind;
  @Field(() => Int) reasonCode!: number;
  @Field(() => String) reasonText!: string;
  @Field(() => String) userId!: string;
  @Field(() => String) userName!: string;
  @Field(() => String) organisation!: string;
  @Field(() => String) role!: string;
  @Field(() => DateTimeScalar) expiresAt!: Date;
}

@InputType("CareEpisodeInput")
export class CareEpisodeInput {
  @Field(() => NhsNumberScalar) nhsNumber!: string;
  @Field(() => String, { description: "ODS code of the organisation providing care." }) organisation!: string;
  @Field(() => DateTimeScalar) start!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: "Null while the episode is active." }) end?: Date | null;
}

@InputType("CustodianInput")
export class CustodianInput {
  @Field(() => NhsNumberScalar) nhsNumber!: string;
  @Field(() => String, { description: "ODS code of an organisation holding items for the patient." }) organisation!: string;
}
