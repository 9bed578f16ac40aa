// Debian's Chromium as the browser tests and the web bench (test/bench/web.mjs) start it: headless, as
// root, and kept off the closed network (without the networking flags it floods it with connections).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
