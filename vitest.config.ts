import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql and @apollo/* load graphql through require(); ESM imports must reach the same copy.
    alias: { graphql: require.resolve("graphql").replace(/index\.js$/, "index.js") },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**"],
  },
});
