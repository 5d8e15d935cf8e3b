import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql and @apollo/* load graphql through require(); ESM imports must reach the same copy.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", ".data/**"],
    // End-to-end suites each start a whole federation; two at a time suits a 2-core machine.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    env: { APOLLO_TELEMETRY_DISABLED: "1" },
  },
});
