import { type DataSource } from "typeorm";
import { REGION_TABLES } from "../migrations/1732300000000-initial-region-schema.js";
import { heldNhsNumbers } from "./held-patients.js";

const ITEM_TABLES = REGION_TABLES.filter((table) => table !== "patient_record");

const REGISTER_POINTERS = `mutation Register($region: String!, $nhsNumbers: [NhsNumber!]!) {
  registerRecordPointers(region: $region, nhsNumbers: $nhsNumbers) { registered }
}`;
const REGISTER_CUSTODIANS = `mutation Custodians($region: String!, $custodians: [CustodianInput!]!) {
  registerCustodians(region: $region, custodians: $custodians) { registered }
}`;
const REGISTER_EPISODES = `mutation Episodes($region: String!, $episodes: [CareEpisodeInput!]!) {
  registerCareEpisodes(region: $region, episodes: $episodes) { registered }
}`;

export interface PointerPublication {
  locatorUrl: string;
  regionCode: string;
  /** A service token naming this region (production: from the identity provider). */
  serviceToken: () => Promise<string>;
  dataSource: DataSource;
}

async function call(publication: PointerPublication, query: string, variables: Record<string, unknown>): Promise<number> {
  const response = await fetch(publication.locatorUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await publication.serviceToken()}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { registered: number }>; errors?: { message: string }[] };
  const result = body.data && Object.values(body.data)[0];
  if (!response.ok || body.errors?.length || !result) {
    throw new Error(`Locator refused (${response.status}): ${body.errors?.map((e) => e.message).join("; ") ?? "no data"}`);
  }
  return result.registered;
}

/**
 * Tells the locator, through its authenticated API, every patient this region holds data for, the
 * care episodes (encounters) that give organisations a legitimate relationship with them, and the
 * organisations holding their items (whose privacy officers are alerted to declared access).
 */
export async function publishRecordPointers(publication: PointerPublication): Promise<number> {
  let published = 0;
  for await (const nhsNumbers of heldNhsNumbers(publication.dataSource)) {
    published += await call(publication, REGISTER_POINTERS, { region: publication.regionCode, nhsNumbers });
    const encounters: { nhs_number: string; organisation: string; start_time: Date; end_time: Date | null }[] = await publication.dataSource.query(
      "SELECT nhs_number, organisation, start_time, end_time FROM encounter WHERE nhs_number = ANY($1::varchar[])", [nhsNumbers]);
    for (let i = 0; i < encounters.length; i += 1000) {
      const episodes = encounters.slice(i, i + 1000).map((e) => ({ nhsNumber: e.nhs_number, organisation: e.organisation, start: new Date(e.start_time).toISOString(), end: e.end_time ? new Date(e.end_time).toISOString() : null }));
      await call(publication, REGISTER_EPISODES, { region: publication.regionCode, episodes });
    }
    const holders: { nhs_number: string; custodian: string }[] = await publication.dataSource.query(
      `SELECT DISTINCT nhs_number, custodian FROM (${ITEM_TABLES.map((t) => `SELECT nhs_number, custodian FROM "${t}"`).join(" UNION ALL ")}) AS items
       WHERE nhs_number = ANY($1::varchar[])`, [nhsNumbers]);
    for (let i = 0; i < holders.length; i += 1000) {
      const custodians = holders.slice(i, i + 1000).map((h) => ({ nhsNumber: h.nhs_number, organisation: h.custodian }));
      await call(publication, REGISTER_CUSTODIANS, { region: publication.regionCode, custodians });
    }
  }
  return published;
}
