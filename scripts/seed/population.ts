/**
 * Deterministic synthetic population: N patients registered in each region, some with records in a
 * second (or third) region too. Streamed in chunks so a million patients never sit in memory at once.
 * Each patient's content depends only on (seed, NHS number), never on chunk size or run order.
 */
import { testRangeNhsNumbers } from "@scr/common";
import { emptyRegionDataset, type LocatorDataset, type RegionDataset } from "./dataset.js";
import { RecordWriter, demographics, gpSystemFor } from "./patient.js";
import { placesFor } from "./people.js";
import { Random, mix } from "./random.js";

/** Test-range serials 0..999 belong to the fixed demo patients. */
export const FIRST_SERIAL = 1000;
export const DEFAULT_CHUNK_PATIENTS = 5000;
/** Share of patients with a record in a second region, and of those, in a third. */
export const SECOND_REGION_SHARE = 0.15;
export const THIRD_REGION_SHARE = 0.2;

export interface PopulationOptions {
  /** ICB codes; each gets `patientsPerRegion` patients registered there. */
  regions: readonly string[];
  patientsPerRegion: number;
  seed: number;
  /** Registered patients per chunk (their records in other regions travel in the same chunk). */
  chunkPatients?: number;
}

export interface PopulationChunk {
  /** The region whose registered patients this chunk holds. */
  homeRegion: string;
  /** Patients in this chunk (locator `patient` rows). */
  patients: number;
  locator: LocatorDataset;
  /** One dataset per requested region; those the chunk's patients never visited are empty. */
  regions: Record<string, RegionDataset>;
}

let capacity: number | undefined;

/** Valid test-range NHS numbers from FIRST_SERIAL on (about 908,000: some check digits would be 10). */
export function testRangeCapacity(): number {
  if (capacity === undefined) {
    capacity = 0;
    for (const _ of testRangeNhsNumbers(FIRST_SERIAL)) capacity++;
  }
  return capacity;
}

export class PopulationTooLargeError extends Error {
  constructor(readonly requested: number, readonly available: number, regionCount: number) {
    super(
      `Asked for ${requested.toLocaleString("en-GB")} synthetic patients, but the 999 test range holds only ` +
        `${available.toLocaleString("en-GB")} valid NHS numbers after the ${FIRST_SERIAL} serials reserved for fixtures: ` +
        `ask for at most ${Math.floor(available / regionCount).toLocaleString("en-GB")} patients per region with ${regionCount} region(s).`,
    );
    this.name = "PopulationTooLargeError";
  }
}

/** Throws PopulationTooLargeError when the regions' patients do not fit the test range. */
export function checkPopulationFits(regionCount: number, patientsPerRegion: number): void {
  const requested = regionCount * patientsPerRegion;
  const available = testRangeCapacity();
  if (requested > available) throw new PopulationTooLargeError(requested, available, regionCount);
}

function emptyChunk(homeRegion: string, regions: readonly string[]): PopulationChunk {
  return {
    homeRegion, patients: 0, locator: { patients: [], pointers: [] },
    regions: Object.fromEntries(regions.map((code) => [code, emptyRegionDataset(code)])),
  };
}

/** Regions holding data for a patient: home first, then any visited ones. */
function heldRegions(rng: Random, regions: readonly string[], homeIndex: number): string[] {
  const held = [regions[homeIndex]];
  const others = regions.filter((_, i) => i !== homeIndex);
  if (others.length === 0 || !rng.chance(SECOND_REGION_SHARE)) return held;
  const second = rng.pick(others);
  held.push(second);
  const rest = others.filter((code) => code !== second);
  if (rest.length > 0 && rng.chance(THIRD_REGION_SHARE)) held.push(rng.pick(rest));
  return held;
}

/** Adds one patient (demographics, pointers, a record per region holding data) to the chunk. */
function addPatient(chunk: PopulationChunk, nhs: string, seed: number, regions: readonly string[], homeIndex: number): void {
  const serial = Number(nhs.slice(3, 9));
  const rng = new Random(mix(seed, serial));
  const homePlaces = placesFor(regions[homeIndex]);
  const { row, age, birthMs } = demographics(rng, nhs, homePlaces);
  chunk.locator.patients.push(row);
  chunk.patients += 1;
  const practice = row.registered_practice as string;
  const person = { nhs, serial, age, birthMs, practice, gpSystem: gpSystemFor(practice) };
  const held = heldRegions(rng, regions, homeIndex);
  let homeSummary: ReturnType<RecordWriter["writeHome"]> | undefined;
  for (const code of held) {
    const writer = new RecordWriter(rng, person, placesFor(code), chunk.regions[code].tables);
    if (!homeSummary) homeSummary = writer.writeHome();
    else writer.writeVisit(homeSummary);
    const updated = writer.finish();
    chunk.locator.pointers.push({ nhs_number: nhs, region_code: code, registered_by: "seed", updated_at: updated });
  }
}

/**
 * Yields the population chunk by chunk, region after region. Memory stays bounded by one chunk.
 * Throws PopulationTooLargeError before yielding anything when the test range is too small.
 */
export function* generatePopulation(options: PopulationOptions): Generator<PopulationChunk> {
  const { regions, patientsPerRegion, seed } = options;
  const chunkPatients = Math.max(1, options.chunkPatients ?? DEFAULT_CHUNK_PATIENTS);
  if (new Set(regions).size !== regions.length) throw new Error(`Duplicate region in ${regions.join(",")}`);
  checkPopulationFits(regions.length, patientsPerRegion);
  const numbers = testRangeNhsNumbers(FIRST_SERIAL);
  for (let homeIndex = 0; homeIndex < regions.length; homeIndex++) {
    for (let done = 0; done < patientsPerRegion; ) {
      const chunk = emptyChunk(regions[homeIndex], regions);
      const size = Math.min(chunkPatients, patientsPerRegion - done);
      for (let i = 0; i < size; i++) {
        const next = numbers.next();
        if (next.done) throw new PopulationTooLargeError(regions.length * patientsPerRegion, testRangeCapacity(), regions.length);
        addPatient(chunk, next.value, seed, regions, homeIndex);
      }
      done += size;
      yield chunk;
    }
  }
}
