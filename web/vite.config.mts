import { fileURLToPath, URL } from "node:url";
import vue from "@vitejs/plugin-vue";
import Components from "unplugin-vue-components/vite";
import { ElementPlusResolver } from "unplugin-vue-components/resolvers";
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

export default defineConfig({
  plugins: [
    vue(),
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
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
    // One module graph for the whole suite: each file importing Vue, Element Plus, Apollo and the pages
    // again cost 88 of the suite's 168 s (CPU 87 s → 28 s). vitest.setup.ts resets what outlives a file.
    isolate: false,
    setupFiles: ["vitest.setup.ts"],
    css: false,
    // Element Plus's style entries import .css files: let Vite process them instead of Node.
    server: { deps: { inline: [/element-plus/] } },
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
});
