import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";

export enum WithheldReason {
  LEGALLY_RESTRICTED = "LEGALLY_RESTRICTED",
  CUSTODIAN_CONFIDENTIAL = "CUSTODIAN_CONFIDENTIAL",
  PATIENT_OBJECTION = "PATIENT_OBJECTION",
}
registerEnumType(WithheldReason, {
  name: "WithheldReason",
  description: "Why items were withheld: a legally restricted category, marked confidential by its custodian, or the patient's objection to sharing.",
});

@Directive("@shareable")
@ObjectType("WithheldCount")
export class WithheldCount {
  @Field(() => WithheldReason) reason!: WithheldReason;
  @Field(() => Int) count!: number;
}

@Directive("@shareable")
@ObjectType("WithheldSummary", { description: "How many items were withheld from you, and why; never which." })
export class WithheldSummary {
  @Field(() => Int) count!: number;
  @Field(() => [WithheldCount]) reasons!: WithheldCount[];
}

export function summariseWithheld(reasons: WithheldReason[]): WithheldSummary {
  const counts = new Map<WithheldReason, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return { count: reasons.length, reasons: [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => a.reason.localeCompare(b.reason)) };
}
