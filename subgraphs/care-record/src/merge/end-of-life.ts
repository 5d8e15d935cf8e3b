import { CarePlanCategory, type CarePlan, type CprDecision } from "@scr/common";
import { type EndOfLifePreferences } from "../types/unified.types.js";
import { conflictsIn } from "./merge-by-code.js";
import { itemsOf, newestFirst, type ItemJson, type RecordJson } from "./representation.js";

const END_OF_LIFE_CATEGORIES = new Set<string>([
  CarePlanCategory.END_OF_LIFE, CarePlanCategory.RESPECT, CarePlanCategory.ADVANCE_CARE_PLAN, CarePlanCategory.TREATMENT_ESCALATION,
]);

type CarePlanJson = ItemJson & Omit<CarePlan, "provenance" | "created"> & { created: string };

/**
 * End-of-life wishes across regions. Each decision comes from the most recent active plan that
 * records it: a newer plan silent on resuscitation must not hide an older DNACPR decision.
 */
export function endOfLifeOf(records: RecordJson[]): EndOfLifePreferences {
  const plans = itemsOf<CarePlanJson>(records, "carePlans")
    .filter((plan) => END_OF_LIFE_CATEGORIES.has(plan.category))
    .sort((a, b) => newestFirst(a.created, b.created) || newestFirst(a.provenance.updatedAt, b.provenance.updatedAt));
  const active = plans.filter((plan) => plan.status === "active");
  const disagreements = conflictsIn(active, ["cprDecision", "preferredPlaceOfDeath"]);
  const asCarePlan = (plan: CarePlanJson) => ({ ...plan, created: new Date(plan.created) }) as unknown as CarePlan;
  const cprPlan = active.find((plan) => plan.cprDecision);
  const placePlan = active.find((plan) => plan.preferredPlaceOfDeath);
  return {
    current: active[0] ? asCarePlan(active[0]) : null,
    cprDecision: (cprPlan?.cprDecision as CprDecision | undefined) ?? null,
    cprDecisionPlan: cprPlan ? asCarePlan(cprPlan) : null,
    preferredPlaceOfDeath: placePlan?.preferredPlaceOfDeath ?? null,
    preferredPlaceOfDeathPlan: placePlan ? asCarePlan(placePlan) : null,
    plans: plans.map(asCarePlan),
    hasDisagreement: disagreements.length > 0,
    disagreements,
  };
}
