import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import express from "express";

/** Answers smaller than this go as they are: compressing them saves less than the headers cost. */
export const COMPRESS_MIN_BYTES = 1024;

type Encoding = "br" | "gzip";

/**
 * The encoding the client takes that we have, or null for the plain bytes: the highest q (RFC 9110 §12.5.3,
 * `*` for any not named, q=0 refused), br before gzip at equal weight whatever order the client lists them.
 */
export function chosenEncoding(header: string | undefined, have: readonly Encoding[]): Encoding | null {
  if (!header || !have.length) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const e of have) {
    const q = weights.get(e) ?? weights.get("*") ?? 0;
    if (q > bestQ) [best, bestQ] = [e, q];
  }
  return best;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
/** Dynamic answers: brotli at a low quality (4: near gzip's speed, smaller) or gzip at its default. */
const compressWith: Record<Encoding, (b: Buffer) => Promise<Buffer>> = {
  br: (b) =>
    brotli(b, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
  gzip: (b) => gzip(b),
};

/** How a dynamic answer of `size` bytes goes to a client sending this Accept-Encoding: null for as it is. */
export function answerEncoding(acceptEncoding: string | undefined, size: number): Encoding | null {
  return size >= COMPRESS_MIN_BYTES ? chosenEncoding(acceptEncoding, ["br", "gzip"]) : null;
}

/** Compresses an answer off the event loop (zlib's thread pool). */
export function compressAnswer(encoding: Encoding, bytes: Buffer): Promise<Buffer> {
  return compressWith[encoding](bytes);
}

/**
 * Compresses the GraphQL answers (JSON) the client accepts compressed, above COMPRESS_MIN_BYTES, off the
 * event loop (zlib's thread pool). Whole answers only (`res.send`): a streamed (incremental) answer and
 * anything already carrying a Content-Encoding pass as they are; so do errors and 503s below the size.
 * Express's path only: the plain POST /graphql does the same in graphql-http.ts.
 */
export function compressAnswers(): express.RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.vary("Accept-Encoding");
      // Measured without copying: most answers are small and go out as the string they are.
      const size = typeof body === "string" ? Buffer.byteLength(body) : Buffer.isBuffer(body) ? body.length : -1;
      const encoding = answerEncoding(req.headers["accept-encoding"], size);
      if (!encoding || req.method === "HEAD" || res.getHeader("Content-Encoding")) return send(body);
      const bytes = typeof body === "string" ? Buffer.from(body) : (body as Buffer);
      if (!res.getHeader("Content-Type")) res.type("json");
      compressAnswer(encoding, bytes).then(
        (packed) => {
          res.set("Content-Encoding", encoding);
          send(packed);
        },
        () => send(body), // cannot happen with a Buffer in hand; the plain answer is still right
      );
      return res;
    };
    next();
  };
}

/** A file of the built app and the precompressed copies beside it (web/vite.config.mts writes them). */
interface Asset {
  encodings: Encoding[];
  type: string;
}

/** Every file under `dir` by its URL path ("/assets/x.js"), with the `.br`/`.gz` siblings it has. */
function scanAssets(dir: string): Map<string, Asset> {
  const found = new Map<string, Asset>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.name.startsWith(".")) continue; // the build's stamp (scripts/start.mjs) and the like
      if (entry.isDirectory()) walk(rel);
      else if (!/\.(br|gz)$/.test(entry.name)) {
        const encodings = (["br", "gzip"] as const).filter((e) =>
          fs.existsSync(path.join(dir, `${rel}.${e === "br" ? "br" : "gz"}`)),
        );
        found.set(`/${rel}`, { encodings, type: path.extname(entry.name) });
      }
    }
  };
  walk("");
  return found;
}

/**
 * The built web app: each file precompressed (brotli or gzip by Accept-Encoding, `Vary: Accept-Encoding`),
 * hashed assets (/assets/…) cached for a year as immutable, everything else — index.html first, which the
 * SPA's routes fall back to — revalidated every time (ETag, 304). `spaRoute` tells the app's routes from
 * the server's own paths.
 */
export function serveWebApp(app: express.Express, webDist: string, spaRoute: RegExp): void {
  const assets = scanAssets(webDist);
  const files = express.static(webDist, {
    index: false,
    redirect: false,
    setHeaders: (res, file) => {
      const immutable = path.relative(webDist, file).startsWith(`assets${path.sep}`);
      res.set("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  const serve: express.RequestHandler = (req, res, next) => {
    const asset = assets.get(req.path);
    if (!asset) return next();
    res.vary("Accept-Encoding");
    const encoding = chosenEncoding(req.headers["accept-encoding"], asset.encodings);
    if (encoding) {
      res.set("Content-Encoding", encoding).type(asset.type);
      req.url = `${req.path}.${encoding === "br" ? "br" : "gz"}`;
    }
    files(req, res, next);
  };
  app.get(/.*/, (req, res, next) => {
    if (assets.has(req.path)) return serve(req, res, next);
    // A hashed file this build does not have (an old page asking after a new deploy): 404, not the app.
    if (req.path.startsWith("/assets/") || !spaRoute.test(req.path)) return next();
    req.url = "/index.html";
    serve(req, res, next);
  });
}

/**
 * A middleware whose headers are the same on every response (helmet with static options), run once
 * against a recorder and replayed as plain setHeader calls: helmet's chain of a dozen middlewares
 * per request was part of the fixed cost over bare Apollo (issue 14). Throws at start if the
 * middleware does anything but set or remove headers and call next() at once, so a change to its
 * options that makes it depend on the request cannot go unnoticed. The result sets them on any
 * response: express's routes use it as a middleware (`fixedHeaders`), POST /graphql calls it.
 */
export function recordedHeaders(middleware: express.RequestHandler): (res: http.ServerResponse) => void {
  const set: [string, string][] = [];
  const removed: string[] = [];
  let nextCalled = false;
  const recorder = {
    setHeader: (name: string, value: string) => void set.push([name, String(value)]),
    removeHeader: (name: string) => void removed.push(name),
  };
  void middleware({} as express.Request, recorder as unknown as express.Response, (err?: unknown) => {
    if (err) throw err;
    nextCalled = true;
  });
  if (!nextCalled) throw new Error("recordedHeaders: the middleware did not call next() at once");
  return (res) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
  };
}

/** `recordedHeaders` as an express middleware. */
export function fixedHeaders(apply: (res: http.ServerResponse) => void): express.RequestHandler {
  return (_req, res, next) => {
    apply(res);
    next();
  };
}
