import { DEMO_PATIENTS, isValidNhsNumber } from "@scr/common";
import { describe, expect, it } from "vitest";
import { type Row } from "./dataset.js";
import { FIRST_SERIAL, PopulationTooLargeError, generatePopulation, testRangeCapacity, type PopulationChunk, type PopulationOptions } from "./population.js";

const REGIONS = ["QE1", "Z9B2Z", "QHM", "QKS"];
const OPTIONS: PopulationOptions = { regions: REGIONS, patientsPerRegion: 400, seed: 2026, chunkPatients: 150 };

/** Everything generated, merged across chunks. */
function collect(options: PopulationOptions) {
  const chunks: PopulationChunk[] = [...generatePopulation(options)];
  const patients = chunks.flatMap((c) => c.locator.patients);
  const pointers = chunks.flatMap((c) => c.locator.pointers);
  const tables: Record<string, Record<string, Row[]>> = {};
  for (const chunk of chunks) {
    for (const [code, dataset] of Object.entries(chunk.regions)) {
      for (const [table, rows] of Object.entries(dataset.tables)) ((tables[code] ??= {})[table] ??= []).push(...rows);
    }
  }
  return { chunks, patients, pointers, tables };
}

const population = collect(OPTIONS);
const itemTables = (code: string) => Object.entries(population.tables[code]).filter(([table]) => table !== "patient_record");

describe("generatePopulation", () => {
  it("is deterministic: same seed, same output; different seed, different people", () => {
    const again = collect(OPTIONS);
    expect(JSON.stringify(again.patients)).toBe(JSON.stringify(population.patients));
    expect(JSON.stringify(again.tables)).toBe(JSON.stringify(population.tables));
    const other = collect({ ...OPTIONS, seed: 7 });
    expect(other.patients.map((p) => p.nhs_number)).toEqual(population.patients.map((p) => p.nhs_number));
    expect(JSON.stringify(other.patients)).not.toBe(JSON.stringify(population.patients));
    expect(JSON.stringify(other.tables)).not.toBe(JSON.stringify(population.tables));
  });

  it("does not depend on chunk size", () => {
    const bigChunks = collect({ ...OPTIONS, chunkPatients: 10_000 });
    expect(bigChunks.chunks).toHaveLength(REGIONS.length);
    expect(JSON.stringify(bigChunks.patients)).toBe(JSON.stringify(population.patients));
    expect(JSON.stringify(bigChunks.tables)).toBe(JSON.stringify(population.tables));
  });

  it("uses valid, unique test-range NHS numbers outside the fixtures' serials", () => {
    const numbers = population.patients.map((p) => p.nhs_number as string);
    expect(numbers).toHaveLength(REGIONS.length * OPTIONS.patientsPerRegion);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const nhs of numbers) {
      expect(isValidNhsNumber(nhs), nhs).toBe(true);
      expect(nhs.startsWith("999")).toBe(true);
      expect(Number(nhs.slice(3, 9))).toBeGreaterThanOrEqual(FIRST_SERIAL);
    }
    expect(numbers).not.toEqual(expect.arrayContaining(Object.values(DEMO_PATIENTS)));
  });

  it("puts some patients in several regions, with a pointer and a record for each region holding data", () => {
    const regionsOf = new Map<string, string[]>();
    for (const p of population.pointers) {
      expect(p.registered_by).toBe("seed");
      regionsOf.set(p.nhs_number as string, [...(regionsOf.get(p.nhs_number as string) ?? []), p.region_code as string]);
    }
    const multi = [...regionsOf.values()].filter((held) => held.length > 1);
    const share = multi.length / population.patients.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.22);
    expect(multi.some((held) => held.length === 3)).toBe(true);
    for (const held of regionsOf.values()) expect(new Set(held).size).toBe(held.length);
    for (const code of REGIONS) {
      const records = new Set(population.tables[code].patient_record.map((r) => r.nhs_number as string));
      const pointed = new Set(population.pointers.filter((p) => p.region_code === code).map((p) => p.nhs_number as string));
      expect([...records].sort()).toEqual([...pointed].sort());
      for (const [, rows] of itemTables(code)) for (const row of rows) expect(records.has(row.nhs_number as string)).toBe(true);
    }
  });

  it("gives every item an id unique in its region, shaped <region>-p<serial>-<n>, never a fixture id", () => {
    for (const code of REGIONS) {
      const ids = itemTables(code).flatMap(([, rows]) => rows.map((r) => r.id as string));
      expect(ids.length).toBeGreaterThan(OPTIONS.patientsPerRegion * 3);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${code.toLowerCase()}-p\\d{4,6}-\\d+$`));
    }
  });

  it("fills every column of the migrations, with provenance and rare sensitivity", () => {
    for (const code of REGIONS) {
      for (const [table, rows] of Object.entries(population.tables[code])) {
        const columns = Object.keys(rows[0]).sort().join(",");
        for (const row of rows) expect(Object.keys(row).sort().join(","), table).toBe(columns);
      }
      for (const [, rows] of itemTables(code)) {
        for (const row of rows) {
          expect(row.custodian).toMatch(/^[A-Z0-9]{3,6}$/);
          expect(row.source_system).toBeTruthy();
          expect(row.updated_at as Date >= (row.recorded_at as Date)).toBe(true);
          expect([null, "SEXUALLY_TRANSMITTED_INFECTION"]).toContain(row.sensitivity);
        }
      }
    }
    const restricted = population.patients.filter((p) => p.restricted).length;
    expect(restricted).toBeLessThan(population.patients.length * 0.02);
    const home = population.patients[0];
    expect(home.registered_practice).toMatch(/^P\d{5}$/); // QE1 (North West) practices
  });

  it("streams bounded chunks", () => {
    const sizes = population.chunks.map((c) => c.patients);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(150);
    expect(population.chunks).toHaveLength(REGIONS.length * Math.ceil(400 / 150));
    for (const chunk of population.chunks) expect(chunk.locator.patients).toHaveLength(chunk.patients);
  });

  it("keeps a single region to itself", () => {
    const single = collect({ regions: ["QSL"], patientsPerRegion: 100, seed: 1 });
    expect(single.pointers.every((p) => p.region_code === "QSL")).toBe(true);
    expect(single.pointers).toHaveLength(100);
  });

  it("refuses, before yielding anything, more patients than the test range holds", () => {
    const capacity = testRangeCapacity();
    expect(capacity).toBeGreaterThan(900_000);
    expect(capacity).toBeLessThan(999_000);
    expect(() => generatePopulation({ regions: ["QE1"], patientsPerRegion: 1_000_000, seed: 1 }).next()).toThrow(PopulationTooLargeError);
    expect(() => generatePopulation({ regions: ["QE1", "QKS"], patientsPerRegion: Math.ceil(capacity / 2) + 1, seed: 1 }).next()).toThrow(/at most/);
  });
});
