import type http from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type express from "express";
import { answerEncoding, compressAnswer } from "./web-delivery";
import { localeOf, msg, type Message } from "./messages";
import type { Stage } from "./request-watch";

/**
 * POST /graphql, the API's every read and write, served from node:http without express's router,
 * body parser, `res.send` and the integration's `url.parse` (issue 14: express was ~5 % of an order
 * operation's server CPU, the router matching some forty routes before it reached /graphql).
 *
 * Only the plain case is taken: POST to exactly /graphql, `Content-Type: application/json` (UTF-8),
 * no Content-Encoding, a Content-Length within the limit. Anything else — a chunked or compressed
 * body, another content type (Apollo's CSRF check must see it), GET — goes to express as before,
 * so every unusual request keeps its one tested path. Both paths answer a body that cannot be read
 * the same way (`answerBodyRefused`), and the answer's headers are the same (graphql-http.test.ts
 * sends each request both ways and compares).
 */
export interface GraphqlPostOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** Express's request and response prototypes: req.ip and req.secure under the app's trust proxy
   *  setting, and res.append/res.json, exactly as the routes' handlers see them. */
  app: express.Express;
  context: (req: express.Request) => Promise<C>;
  /** Headers every answer carries (helmet's, recorded once: `recordedHeaders` in web-delivery.ts). */
  fixedHeaders: (res: http.ServerResponse) => void;
  limitBytes: number;
  /** Told when the body is being read, and when it has been (shared/request-watch.ts). */
  onStage?: (req: http.IncomingMessage, stage: Stage, body?: unknown) => void;
  /** An error Apollo did not turn into an answer (it answers 503 for an unavailable database). */
  onError: (err: unknown, req: express.Request, res: express.Response) => void;
}

/** Is this `Content-Type` JSON in UTF-8 (or with no charset, which JSON's RFC 8259 makes UTF-8)? */
export function isPlainJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(";");
  if (type.trim().toLowerCase() !== "application/json") return false;
  for (const p of params) {
    const eq = p.indexOf("=");
    const name = p.slice(0, eq).trim().toLowerCase();
    const value = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase();
    if (eq === -1 || (name === "charset" && value !== "utf-8" && value !== "utf8")) return false;
  }
  return true;
}

/** The body of a request express would parse the same way: JSON, strict (an object or an array). */
export type BodyRefusal = "unreadable" | "too-large" | "charset" | "encoding";

const REFUSALS: Record<BodyRefusal, { status: number; message: Message }> = {
  unreadable: { status: 400, message: msg("请求正文不是有效的 JSON", "The request body is not valid JSON") },
  "too-large": { status: 413, message: msg("请求正文过大", "The request body is too large") },
  charset: { status: 415, message: msg("请求正文须为 UTF-8 编码", "The request body must be UTF-8") },
  encoding: { status: 415, message: msg("不支持该请求正文压缩方式", "This content encoding is not supported") },
};

/**
 * A body that cannot be read, as a GraphQL error (BAD_REQUEST, both texts): never the parser's own
 * message, which quotes the bytes sent, and never express's HTML error page.
 */
export function answerBodyRefused(
  res: http.ServerResponse,
  headers: http.IncomingHttpHeaders,
  refusal: BodyRefusal,
): void {
  const { status, message } = REFUSALS[refusal];
  const body = JSON.stringify({
    errors: [{ message: message.in(localeOf(headers)), extensions: { code: "BAD_REQUEST", messages: message.texts } }],
  });
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}

/** body-parser's errors (express's path: chunked or compressed bodies) as the same refusals. */
export function bodyParserRefusal(err: unknown): BodyRefusal | null {
  const type = (err as { type?: unknown } | null)?.type;
  switch (type) {
    case "entity.parse.failed":
    case "entity.verify.failed":
    case "request.aborted":
    case "request.size.invalid":
      return "unreadable";
    case "entity.too.large":
      return "too-large";
    case "charset.unsupported":
      return "charset";
    case "encoding.unsupported":
      return "encoding";
    default:
      return null;
  }
}

/** Parses a body as body-parser's strict JSON does: empty is `{}`, anything but an object or array is refused. */
export function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM, as iconv-lite drops it
  if (body.length === 0) return { ok: true, value: {} };
  const first = /\S/.exec(body)?.[0];
  if (first !== "{" && first !== "[") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

/** Returns a handler that serves the plain POST /graphql and returns false, untouched, for the rest. */
export function graphqlPost<C extends BaseContext>(options: GraphqlPostOptions<C>) {
  const { apollo, app, context, fixedHeaders, limitBytes, onError, onStage } = options;
  /**
   * What express's own dispatch does first: its getters (ip, secure) and helpers (append, json, vary)
   * on this request and response, so the context and the answers read them as every route does.
   */
  const asExpress = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const expressReq = Object.setPrototypeOf(req, app.request as object) as express.Request;
    const expressRes = Object.setPrototypeOf(res, app.response as object) as express.Response;
    expressReq.res = expressRes;
    expressRes.req = expressReq;
    return [expressReq, expressRes] as const;
  };

  const serve = async (req: http.IncomingMessage, res: http.ServerResponse, search: string, length: number) => {
    fixedHeaders(res);
    res.setHeader("Cache-Control", "no-store");
    let text: string;
    onStage?.(req, "reading");
    try {
      text = await readBody(req, length);
    } catch {
      // The client went away mid-body: nobody reads an answer, but the socket is closed cleanly.
      if (!res.headersSent && !res.destroyed) answerBodyRefused(res, req.headers, "unreadable");
      return;
    }
    const parsed = parseJsonBody(text);
    if (!parsed.ok) return answerBodyRefused(res, req.headers, "unreadable");
    onStage?.(req, "answering", parsed.value);
    const [expressReq, expressRes] = asExpress(req, res);
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: "POST", headers, search, body: parsed.value },
        context: () => context(expressReq),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      expressRes.vary("Accept-Encoding");
      if (answer.body.kind === "complete") {
        const text = answer.body.string;
        const size = Buffer.byteLength(text);
        const encoding = answerEncoding(req.headers["accept-encoding"], size);
        if (!encoding) {
          res.setHeader("Content-Length", size);
          res.end(text);
          return;
        }
        const packed = await compressAnswer(encoding, Buffer.from(text));
        res.setHeader("Content-Encoding", encoding);
        res.setHeader("Content-Length", packed.length);
        res.end(packed);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      onError(err, expressReq, expressRes);
    }
  };

  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    if (req.method !== "POST") return false;
    const url = req.url ?? "";
    const q = url.indexOf("?");
    if ((q === -1 ? url : url.slice(0, q)) !== "/graphql") return false;
    const h = req.headers;
    if (!isPlainJson(h["content-type"])) return false;
    if (h["content-encoding"] !== undefined && h["content-encoding"].toLowerCase() !== "identity") return false;
    if (h["transfer-encoding"] !== undefined) return false;
    const declared = h["content-length"];
    if (declared === undefined || !/^\d{1,10}$/.test(declared)) return false;
    const length = Number(declared);
    if (length > limitBytes) return false; // express answers it: 413 without reading the body
    // Whatever escapes serve's own handling still ends the request (and never becomes an unhandled rejection).
    serve(req, res, q === -1 ? "" : url.slice(q), length).catch((err: unknown) => onError(err, ...asExpress(req, res)));
    return true;
  };
}

/** The body, as UTF-8 text, of exactly `length` bytes (Node's parser stops at Content-Length). */
function readBody(req: http.IncomingMessage, length: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (received !== length) return reject(new Error("body shorter than its Content-Length"));
      resolve(chunks.length === 1 ? chunks[0].toString("utf8") : Buffer.concat(chunks, received).toString("utf8"));
    });
    req.on("error", reject);
    // Closed before its end (the client went away): a settled promise ignores this after "end".
    req.on("close", () => reject(new Error("closed before the body ended")));
  });
}
