/**
 * The HAProxy configuration of the scale-out test (test/api/scaleout.test.ts) and measurement
 * (test/tools/scaleout-bench.mjs), docs/scaling.md: round robin, health checked on /readyz every
 * `inter`; a request that cannot connect is sent to another process (`retries`, `redispatch`); the
 * client's address passed on in X-Forwarded-For (the processes trust it from loopback only).
 * @param {number} port where HAProxy listens (127.0.0.1)
 * @param {(string | number)[]} backendPorts the API processes' ports on 127.0.0.1
 * @param {string} [inter] health-check interval
 * @returns {string}
 */
export function haproxyConfig(port, backendPorts, inter = "300ms") {
  return [
    "global",
    "  maxconn 1000",
    "defaults",
    "  mode http",
    "  timeout connect 1s",
    "  timeout client 30s",
    "  timeout server 30s",
    "  retries 3",
    "  option redispatch",
    "frontend api",
    `  bind 127.0.0.1:${port}`,
    "  option forwardfor",
    "  default_backend xiezuo",
    "backend xiezuo",
    "  balance roundrobin",
    "  option httpchk GET /readyz",
    "  http-check expect status 200",
    ...backendPorts.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check inter ${inter} fall 2 rise 2`),
    "",
  ].join("\n");
}
