import { type DataSource } from "typeorm";
import { heldNhsNumbers } from "./held-patients.js";

const REGISTER = `mutation Register($region: String!, $nhsNumbers: [NhsNumber!]!) {
  registerRecordPointers(region: $region, nhsNumbers: $nhsNumbers) { registered }
}`;

export interface PointerPublication {
  locatorUrl: string;
  regionCode: string;
  /** A service token naming this region (production: from the identity provider). */
  serviceToken: () => Promise<string>;
  dataSource: DataSource;
}

/** Tells the locator, through its authenticated API, every patient this region holds data for. */
export async function publishRecordPointers(publication: PointerPublication): Promise<number> {
  let published = 0;
  for await (const nhsNumbers of heldNhsNumbers(publication.dataSource)) {
    const response = await fetch(publication.locatorUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await publication.serviceToken()}` },
      body: JSON.stringify({ query: REGISTER, variables: { region: publication.regionCode, nhsNumbers } }),
    });
    const body = (await response.json()) as { data?: { registerRecordPointers?: { registered: number } }; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data?.registerRecordPointers) {
      throw new Error(`Locator refused pointers (${response.status}): ${body.errors?.map((e) => e.message).join("; ") ?? "no data"}`);
    }
    published += body.data.registerRecordPointers.registered;
  }
  return published;
}
