import { readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, URL } from "node:url";
import { promisify } from "node:util";
import zlib from "node:zlib";
import vue from "@vitejs/plugin-vue";
import Components from "unplugin-vue-components/vite";
import { ElementPlusResolver } from "unplugin-vue-components/resolvers";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const api = process.env.XIEZUO_API ?? "http://localhost:4000";

/** Element Plus components the app uses (their style entries are pre-bundled for the dev server). */
const EL_COMPONENTS = [
  "base",
  "alert",
  "aside",
  "button",
  "button-group",
  "card",
  "config-provider",
  "container",
  "dialog",
  "drawer",
  "empty",
  "form",
  "form-item",
  "header",
  "icon",
  "input",
  "link",
  "loading",
  "main",
  "menu",
  "menu-item",
  "message",
  "message-box",
  "notification",
  "overlay",
  "option",
  "popover",
  "progress",
  "result",
  "select",
  "table",
  "table-column",
  "tag",
  "tooltip",
];

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes `x.br` and `x.gz` beside each text file of the build (brotli at its best, gzip at 9), for the
 * server to send by Accept-Encoding (server/src/shared/web-delivery.ts); kept only when smaller.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "xiezuo-precompress",
    apply: "build",
    configResolved(c) {
      outDir = path.resolve(c.root, c.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((f) =>
        /\.(js|mjs|css|html|svg|json|txt)$/.test(f),
      );
      await Promise.all(
        files.map(async (f) => {
          const file = path.join(outDir, f);
          const bytes = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(bytes, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
            gzip(bytes, { level: 9 }),
          ]);
          if (br.length < bytes.length) await writeFile(`${file}.br`, br);
          if (gz.length < bytes.length) await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * Each `graphql(\`query Name …\`)` becomes the generated `NameDocument` (`NameFragmentDoc`) of
 * src/gql/graphql.ts, as the client preset's babel/swc plugins do, each in a module of its own
 * (`virtual:typed-document/Name…`): a page bundles its own documents, not the map of all of them
 * (src/gql/gql.ts) that `graphql()` looks them up in, nor every document the app has. Build only; a
 * document the generated file lacks fails the build (src/gql.test.ts catches a stale one first).
 */
function typedDocuments(): Plugin {
  const generated = fileURLToPath(new URL("./src/gql/graphql.ts", import.meta.url));
  const PREFIX = "virtual:typed-document/";
  /** Each generated document's AST (a JSON literal: fragments it spreads are inlined by the preset). */
  let documents = new Map<string, string>();
  return {
    name: "xiezuo-typed-documents",
    apply: "build",
    async buildStart() {
      const text = await readFile(generated, "utf8");
      documents = new Map(
        [
          ...text.matchAll(/^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*$/gm),
        ].map((m) => [m[1], m[2]]),
      );
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      return `export default ${documents.get(id.slice(PREFIX.length + 1))};`;
    },
    transform(code, id) {
      if (id.includes("/node_modules/") || id.includes("/src/gql/") || !code.includes("graphql(`")) return null;
      const imports = new Set<string>();
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, body: string) => {
        const defs = [...body.matchAll(/^\s*(query|mutation|subscription|fragment)\s+(\w+)/gm)];
        if (defs.length !== 1) return call; // several definitions in one call: left to the map
        const [, kind, name] = defs[0];
        const doc = `${name}${kind === "fragment" ? "FragmentDoc" : "Document"}`;
        if (!documents.has(doc)) this.error(`${doc} is not in src/gql/graphql.ts: run \`npm run codegen -w web\``);
        imports.add(`import __typed_${doc} from ${JSON.stringify(PREFIX + doc)};`);
        return `__typed_${doc}`;
      });
      return imports.size ? { code: `${[...imports].join("\n")}\n${out}`, map: null } : null;
    },
  };
}

/**
 * Each icon of `@element-plus/icons-vue` as a module of its own (`virtual:el-icon/Name`), for the app's
 * imports and Element Plus's alike. The package is one 150 kB module, so every icon any page used
 * ended up in one chunk of the first load (36 kB decoded); now a page's chunk carries the few it
 * draws. Build only (the dev server pre-bundles the package); an import of another shape is left
 * to the package.
 */
function iconsPerModule(): Plugin {
  const PREFIX = "virtual:el-icon/";
  const IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']@element-plus\/icons-vue["'];?/g;
  /** Export name → that icon's section of the package's bundle (its own imports from "vue" included). */
  let icons = new Map<string, string>();
  return {
    name: "xiezuo-icons-per-module",
    apply: "build",
    async buildStart() {
      const require = createRequire(import.meta.url);
      const text = await readFile(
        require.resolve("@element-plus/icons-vue").replace(/index\.cjs$/, "index.js"),
        "utf8",
      );
      const sections = new Map<string, string>(); // local `xxx_default` → section
      for (const section of text.split(/^(?=\/\/ src\/components\/)/m).slice(1)) {
        const local = /\}\), (\w+_default) = _sfc_main\d*;/.exec(section)?.[1];
        if (local) sections.set(local, section.replace(/^export \{[\s\S]*$/m, ""));
      }
      icons = new Map(
        [...text.matchAll(/^\s+(\w+_default) as (\w+),?$/gm)]
          .filter((m) => sections.has(m[1]))
          .map((m) => [m[2], `${sections.get(m[1])}\nexport default ${m[1]};\n`]),
      );
      if (icons.size < 200) this.error(`@element-plus/icons-vue: ${icons.size} icons found, its layout changed`);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      return id.startsWith(`\0${PREFIX}`) ? (icons.get(id.slice(PREFIX.length + 1)) ?? null) : null;
    },
    transform(code, id) {
      if (!code.includes("@element-plus/icons-vue") || id.includes("/@element-plus/icons-vue/")) return null;
      let changed = false;
      const out = code.replace(IMPORT, (whole, list: string) => {
        const specifiers = list
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => s.split(/\s+as\s+/));
        if (specifiers.some(([name]) => !icons.has(name))) return whole;
        changed = true;
        return specifiers
          .map(([name, local = name]) => `import ${local} from ${JSON.stringify(PREFIX + name)};`)
          .join("\n");
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/**
 * Production builds without Apollo Client's development-only checks (its docs, "Reducing bundle size")
 * and without vue-i18n's legacy API (the app uses the composition API only), its devtools hooks or its
 * message compiler; with a small stand-in for @ctrl/tinycolor.
 */
function productionFlags(): Plugin {
  return {
    name: "xiezuo-production-flags",
    apply: "build",
    config: () => ({
      // Element Plus's colour helper (el-button's `color`, el-menu's `background-color`) by a small
      // stand-in: the 17 kB package was in every page's first load (src/lib/tinycolor.ts).
      resolve: {
        alias: [
          {
            find: /^@ctrl\/tinycolor$/,
            replacement: fileURLToPath(new URL("./src/lib/tinycolor.ts", import.meta.url)),
          },
        ],
      },
      define: {
        "globalThis.__DEV__": "false",
        __VUE_I18N_LEGACY_API__: "false",
        __VUE_I18N_FULL_INSTALL__: "true",
        __INTLIFY_PROD_DEVTOOLS__: "false",
        // The app compiles its messages itself (compileMessage, src/i18n/index.ts).
        __INTLIFY_DROP_MESSAGE_COMPILER__: "true",
      },
    }),
  };
}

export default defineConfig({
  plugins: [
    vue(),
    productionFlags(),
    typedDocuments(),
    iconsPerModule(),
    precompress(),
    // Element Plus on demand: only the components a template uses are bundled, with their CSS.
    Components({
      dts: "src/components.d.ts",
      dirs: [],
      resolvers: [ElementPlusResolver({ importStyle: "css" })],
    }),
  ],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },

  // Pre-bundle what pages load lazily, so the dev server does not reload the page on first use.
  optimizeDeps: {
    include: [
      "element-plus/es",
      ...EL_COMPONENTS.map((c) => `element-plus/es/components/${c}/style/css`),
      "echarts/core",
      "echarts/charts",
      "echarts/components",
      "echarts/renderers",
      "vue-echarts",
      "@element-plus/icons-vue",
    ],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/graphql": { target: api, changeOrigin: true },
      "/healthz": { target: api, changeOrigin: true },
      "/readyz": { target: api, changeOrigin: true },
      "/imports": { target: api, changeOrigin: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      "/graphql": { target: api, changeOrigin: true },
      "/healthz": { target: api, changeOrigin: true },
      "/readyz": { target: api, changeOrigin: true },
      "/imports": { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // The first load in few files: what most pages share as two chunks, not ~60 small ones. The
        // catalogue's first load was 63 scripts and 97 requests, each a round trip through the
        // browser's six connections and its network process on the same two cores: its route's files
        // arrived over ~400 ms of an otherwise idle main thread. Element Plus (and what it pulls in)
        // used by at least five chunks is one file fetched with the entry; the app's own shared
        // components, composables and helpers used by at least five is another. What fewer pages use
        // stays with them, so the first load's bytes do not grow (docs/benchmarks.md, stop 31).
        codeSplitting: {
          groups: [
            {
              name: "ui",
              test: /node_modules[\\/](element-plus|@element-plus|lodash-es|@floating-ui|@vueuse|@popperjs|@ctrl|dayjs|memoize-one|normalize-wheel-es|async-validator)[\\/]|virtual:el-icon/,
              minShareCount: 5,
            },
            {
              name: "app",
              test: /[\\/]web[\\/]src[\\/](components|composables|lib|stores|gql)[\\/]/,
              minShareCount: 5,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
    // One module graph for the whole suite: each file importing Vue, Element Plus, Apollo and the pages
    // again cost 88 of the suite's 168 s (CPU 87 s → 28 s). vitest.setup.ts resets what outlives a file.
    isolate: false,
    // Vitest's default is one worker less than the cores: one on 2 cores, 66 s alone here. Two: 48 s
    // (73 s of CPU against 66: each worker builds its own module graph). Under CI this stage shares the
    // cores with the browser stage, which mostly waits on a page.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    setupFiles: ["vitest.setup.ts"],
    css: false,
    // The web stage shares 2 cores with the API stages and the browser under CI; at load 20 a test of
    // pure computation (the i18n compiler check over every message) took 5.9 s, over vitest's 5 s
    // default. A hang still fails, at 30 s.
    testTimeout: 30_000,
    // Element Plus's style entries import .css files: let Vite process them instead of Node.
    server: { deps: { inline: [/element-plus/] } },
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
});
