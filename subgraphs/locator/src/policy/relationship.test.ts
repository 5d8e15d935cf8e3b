import { callerFromClaims, PERSONAS } from "@scr/common";
import { describe, expect, it } from "vitest";
import { type PatientEntity } from "../entities/locator.entities.js";
import { type AccessGrantEntity, type CareEpisodeEntity } from "../entities/relationship.entities.js";
import { RECENT_EPISODE_DAYS, relationshipFor } from "./relationship.js";

const now = new Date("2026-11-22T12:00:00Z");
const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
const paramedic = callerFromClaims(PERSONAS.paramedic);
const patient = { nhsNumber: "9990000018", registeredPractice: "P81046", restricted: false } as PatientEntity;
const episode = (organisation: string, endedAt: Date | null) => ({ nhsNumber: "9990000018", organisation, regionCode: "Z9B2Z", startedAt: days(400), endedAt }) as CareEpisodeEntity;
const grant = (expiresAt: Date, userId = "dev-paramedic") =>
  ({ nhsNumber: "9990000018", userId, organisation: "RRU", kind: "EMERGENCY_ACCESS", reasonCode: 5, reasonText: "Collapsed", grantedAt: days(0.1), expiresAt }) as AccessGrantEntity;

describe("legitimate relationship", () => {
  it("is the registered practice for its own staff", () => {
    expect(relationshipFor(callerFromClaims(PERSONAS.gp), "9990000018", { patient, episodes: [], grants: [] }, now).relationship).toBe("REGISTERED_PRACTICE");
  });

  it("is a care episode while open or recently ended, not after", () => {
    const rel = (endedAt: Date | null) => relationshipFor(paramedic, "9990000018", { patient, episodes: [episode("RRU", endedAt)], grants: [] }, now).relationship;
    expect(rel(null)).toBe("CARE_EPISODE");
    expect(rel(days(RECENT_EPISODE_DAYS - 1))).toBe("CARE_EPISODE");
    expect(rel(days(RECENT_EPISODE_DAYS + 1))).toBeNull();
    expect(relationshipFor(paramedic, "9990000018", { patient, episodes: [episode("RYJ", null)], grants: [] }, now).relationship).toBeNull();
  });

  it("is a declared grant of this user, until it expires", () => {
    const rel = (g: AccessGrantEntity) => relationshipFor(paramedic, "9990000018", { patient, episodes: [], grants: [g] }, now);
    expect(rel(grant(new Date(now.getTime() + 60_000)))).toMatchObject({ relationship: "EMERGENCY_ACCESS", reasonCode: 5, reasonText: "Collapsed" });
    expect(rel(grant(new Date(now.getTime() - 1))).relationship).toBeNull();
    expect(rel(grant(new Date(now.getTime() + 60_000), "someone-else")).relationship).toBeNull();
  });

  it("names a restricted patient's practice as hidden", () => {
    const restricted = { ...patient, restricted: true } as PatientEntity;
    expect(relationshipFor(paramedic, "9990000018", { patient: restricted, episodes: [], grants: [] }, now).hiddenOrganisation).toBe("P81046");
    expect(relationshipFor(paramedic, "9990000018", { patient, episodes: [], grants: [] }, now).hiddenOrganisation).toBeNull();
  });
});
