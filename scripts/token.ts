/** `npm run token -- --persona gp`: prints a development token for a persona of the access policy. */
import { DevIssuer, loadOrCreateSigningKey, PERSONA_NAMES, type PersonaName } from "@scr/common";

const args = process.argv.slice(2);
const at = args.indexOf("--persona");
const persona = (at >= 0 ? args[at + 1] : args.find((a) => !a.startsWith("-")) ?? "gp") as PersonaName;
if (!PERSONA_NAMES.includes(persona)) {
  console.error(`Unknown persona "${persona}". One of: ${PERSONA_NAMES.join(", ")}`);
  process.exit(2);
}
if (process.env.NODE_ENV === "production") {
  console.error("The development issuer is not available in production.");
  process.exit(2);
}
console.log(await new DevIssuer(await loadOrCreateSigningKey()).mintPersona(persona));
