import net from "node:net";

/** Helpers of the scale-out tests (scaleout.test.ts, replica.test.ts) and the measurement (test/tools/scaleout-bench.mjs reads the same shape). */

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Round robin, health checked on /readyz every 300 ms; a request that cannot connect goes to the other. */
export function haproxyConfig(port: number, backendPorts: string[]): string {
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
    ...backendPorts.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check inter 300ms fall 2 rise 2`),
    "",
  ].join("\n");
}

