/**
 * Names, places and organisations for synthetic patients. Telephone numbers use Ofcom's ranges
 * reserved for drama, so no generated number can ring a real person.
 */
import { DEMO_ORGANISATIONS, allRegions, findRegion } from "@scr/common";

export const GIVEN_NAMES = {
  female: ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Emily", "Fatima", "Aisha", "Margaret", "Susan", "Patricia", "Linda", "Joan", "Chloe", "Zara", "Priya", "Niamh", "Hannah"],
  male: ["Oliver", "George", "Harry", "Noah", "Jack", "Muhammad", "Leo", "Arthur", "Oscar", "James", "David", "John", "Peter", "Michael", "Brian", "Kwame", "Rohan", "Tomasz", "Callum", "Dylan"],
  other: ["Alex", "Sam", "Jordan", "Charlie", "Robin", "Jamie"],
};

export const FAMILY_NAMES = [
  "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
  "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
  "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes",
  "Khan", "Ahmed", "Begum", "Ali", "Singh", "Kaur", "Nowak", "Okafor", "Mensah", "O'Brien",
];

export const STREETS = [
  "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue",
  "Mill Lane", "Queens Road", "New Road", "Kings Road", "The Crescent", "Albert Street", "School Lane",
  "York Road", "Chapel Street", "Springfield Road", "Windsor Close", "Elm Grove", "Highfield Road",
];

export interface Town { name: string; postcodeDistricts: string[] }
const towns = (spec: string): Town[] =>
  spec.split(";").map((entry) => { const [name, districts] = entry.split(":"); return { name, postcodeDistricts: districts.split(",") }; });

/** Towns of the demo ICBs; other ICBs get towns of their NHS region. */
const ICB_TOWNS: Record<string, Town[]> = {
  QE1: towns("Preston:PR1,PR2;Blackpool:FY1,FY3;Lancaster:LA1;Blackburn:BB1,BB2;Burnley:BB11;Kendal:LA9;Barrow-in-Furness:LA14"),
  Z9B2Z: towns("London:W2,W9,NW1,NW6,W10;Harrow:HA1,HA2;Ealing:W5,W13;Hounslow:TW3;Wembley:HA9;Barnet:EN5"),
  QHM: towns("Newcastle upon Tyne:NE1,NE4,NE6;Sunderland:SR1,SR4;Durham:DH1;Gateshead:NE8;Middlesbrough:TS1,TS5;Carlisle:CA1,CA2"),
  QKS: towns("Maidstone:ME14,ME15,ME16;Canterbury:CT1,CT2;Chatham:ME4,ME5;Ashford:TN23,TN24;Dartford:DA1;Margate:CT9"),
};
const NHS_REGION_TOWNS: Record<string, Town[]> = {
  Y56: towns("London:E1,E8,N1,N7,SE1,SE15,SW2,SW9"),
  Y58: towns("Bristol:BS1,BS5;Exeter:EX1,EX4;Plymouth:PL1,PL4;Bath:BA1;Truro:TR1;Gloucester:GL1"),
  Y59: towns("Reading:RG1,RG2;Brighton:BN1,BN2;Southampton:SO14,SO15;Oxford:OX1,OX4;Guildford:GU1"),
  Y60: towns("Birmingham:B1,B15;Coventry:CV1;Leicester:LE1,LE2;Nottingham:NG1,NG7;Derby:DE1;Lincoln:LN1"),
  Y61: towns("Cambridge:CB1,CB4;Norwich:NR1,NR2;Chelmsford:CM1;Ipswich:IP1,IP4;Luton:LU1"),
  Y62: towns("Manchester:M1,M14;Liverpool:L1,L8;Chester:CH1;Bolton:BL1;Warrington:WA1"),
  Y63: towns("Leeds:LS1,LS6;Sheffield:S1,S10;York:YO1,YO10;Hull:HU1,HU5;Bradford:BD1"),
};

/** Landline ranges reserved for drama, by NHS region (Ofcom). */
const DRAMA_LANDLINES: Record<string, string> = {
  Y56: "020 7946 0", Y58: "0117 496 0", Y59: "0118 496 0", Y60: "0121 496 0", Y61: "01632 960", Y62: "0161 496 0", Y63: "0113 496 0",
};
export const DRAMA_MOBILE = "07700 900";

/** GP practice codes start with a letter for the area; the rest is a synthetic ODS-shaped number. */
const PRACTICE_LETTER: Record<string, string> = { Y56: "E", Y58: "L", Y59: "G", Y60: "M", Y61: "D", Y62: "P", Y63: "A" };

/** Real trust ODS codes for the demo ICBs (acute, community or mental health, ambulance). */
const ICB_TRUSTS: Record<string, { acute: string[]; community: string[]; ambulance: string; sexualHealth: string }> = {
  QE1: { acute: ["RXN", "RXL", "RXR", "RTX"], community: ["RW5"], ambulance: "RX7", sexualHealth: "RXR" },
  Z9B2Z: { acute: ["RYJ", "RQM", "R1K", "RAL"], community: ["RKL"], ambulance: "RRU", sexualHealth: "RQM" },
  QHM: { acute: ["RTD", "RR7", "RTR"], community: ["RX4"], ambulance: "RX6", sexualHealth: "RTD" },
  QKS: { acute: ["RWF", "RPA", "RVV"], community: ["RYY"], ambulance: "RYD", sexualHealth: "RVV" },
};

export interface RegionPlaces {
  code: string;
  towns: Town[];
  landline: string;
  practices: string[];
  acute: string[];
  community: string[];
  ambulance: string;
  sexualHealth: string;
}

const cache = new Map<string, RegionPlaces>();

/** Everything region-specific a generated patient needs, derived from the ICB register. */
export function placesFor(regionCode: string): RegionPlaces {
  const cached = cache.get(regionCode);
  if (cached) return cached;
  const info = findRegion(regionCode);
  const nhsRegion = info?.nhsRegionCode ?? "Y56";
  const index = Math.max(0, allRegions().findIndex((r) => r.code === regionCode));
  const demoPractices = Object.values(DEMO_ORGANISATIONS)
    .filter((o) => o.region === regionCode && /^[A-Z]\d{5}$/.test(o.ods)).map((o) => o.ods);
  const practices = [...demoPractices, ...Array.from({ length: 30 }, (_, k) => `${PRACTICE_LETTER[nhsRegion]}${81000 + index * 100 + k}`)];
  // Other ICBs: synthetic three-character trust codes, distinct per ICB.
  const letter = String.fromCharCode(65 + (index % 26));
  const trusts = ICB_TRUSTS[regionCode] ?? {
    acute: [`R${letter}${index % 10}`, `R${letter}${(index + 3) % 10}`], community: [`R${letter}${(index + 6) % 10}`],
    ambulance: `R${letter}${(index + 8) % 10}`, sexualHealth: `R${letter}${index % 10}`,
  };
  const places: RegionPlaces = {
    code: regionCode,
    towns: ICB_TOWNS[regionCode] ?? NHS_REGION_TOWNS[nhsRegion],
    landline: DRAMA_LANDLINES[nhsRegion],
    practices,
    ...trusts,
  };
  cache.set(regionCode, places);
  return places;
}
