import { expect } from "vitest";
import { type GraphQLResponse } from "./federation.harness.js";

/** The cell of the policy table: allowed, or refused with this code and reason. */
export type Outcome = "ok" | `FORBIDDEN:${string}` | "UNAUTHENTICATED";

export function expectOutcome(response: GraphQLResponse, outcome: Outcome, read: (data: any) => unknown, label: string): void {
  const errors = response.body.errors ?? [];
  if (outcome === "ok") {
    expect(errors, label).toEqual([]);
    expect(read(response.body.data), label).not.toBeNull();
    expect(read(response.body.data), label).not.toBeUndefined();
    return;
  }
  if (outcome === "UNAUTHENTICATED") {
    expect(response.status, label).toBe(401);
    expect(errors[0]?.extensions?.code, label).toBe("UNAUTHENTICATED");
    return;
  }
  const reason = outcome.slice("FORBIDDEN:".length);
  expect(errors.map((e) => `${e.extensions?.code}:${e.extensions?.reason}`), label).toContain(`FORBIDDEN:${reason}`);
  const value = response.body.data ? read(response.body.data) : null;
  expect(value ?? null, label).toBeNull();
  // The refusal never carries the content.
  expect(JSON.stringify(response.body.data ?? null), label).not.toMatch(/91936005|Amlodipine|Allergy to/);
}
