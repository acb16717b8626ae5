import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { ApolloServerPlugin } from "@apollo/server";
import Database from "better-sqlite3";
import type { Request, RequestHandler, Response } from "express";
import { sqlitePath } from "../db/url.ts";
import { todayInShanghai } from "../periods.ts";
import { isWriteOf, viewerOf } from "./guard.ts";

/** One stored answer: the exact bytes Apollo sent, compressed on first demand per encoding. */
interface Entry {
  status: number;
  contentType: string;
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  etag: string;
  storedAt: number;
  bytes: number;
}

export interface ResponseCacheOptions {
  /** Memory the stored answers may take, counting their compressed copies (bytes); 0 turns the cache off. */
  maxBytes: number;
  /** Longest an answer is kept even without a write (milliseconds). */
  maxAgeMs: number;
  /**
   * A value that changes whenever the database was written by anyone else (a CLI command, another
   * process); checked before each lookup. Without it, only `maxAgeMs` bounds such staleness.
   */
  dataVersion?: () => Promise<string | null>;
}

type Encoding = "br" | "gzip" | "identity";

/**
 * Anonymous GraphQL reads answered from memory. Public data changes only when something is
 * written, so every write empties the cache; answers that depend on the date (an open posting,
 * an overdue item) are keyed by the day in Asia/Shanghai and kept at most `maxAgeMs`, which also
 * bounds how long another API process's write goes unseen here.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** Bumped by every write, at its start and at its end: a read that overlapped a write is not stored. */
  private generation = 0;
  private seenVersion: string | null = null;
  hits = 0;
  misses = 0;

  constructor(private readonly options: ResponseCacheOptions) {}

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  get currentGeneration(): number {
    return this.generation;
  }

  /** Empties the cache if the database changed behind this process's back since the last look. */
  async checkVersion(): Promise<void> {
    const version = (await this.options.dataVersion?.()) ?? null;
    if (version !== this.seenVersion) {
      this.seenVersion = version;
      this.invalidate();
    }
  }

  lookup(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.storedAt > this.options.maxAgeMs) {
      this.remove(key, entry);
      return undefined;
    }
    // Map order is recency order: a hit moves the entry to the end, eviction takes from the front.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  store(key: string, generation: number, status: number, contentType: string, body: Buffer): void {
    if (generation !== this.generation || body.length > this.options.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    const entry: Entry = { status, contentType, body, etag, storedAt: Date.now(), bytes: body.length };
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.evict();
  }

  /** The body in the encoding asked for, compressed once and kept. */
  encoded(entry: Entry, encoding: Encoding): Buffer {
    if (encoding === "identity") return entry.body;
    let copy = entry[encoding];
    if (!copy) {
      // Quality 5 is within a few per cent of 11 on JSON, at a small fraction of the time.
      copy =
        encoding === "br"
          ? brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : gzipSync(entry.body, { level: 6 });
      entry[encoding] = copy;
      entry.bytes += copy.length;
      this.bytes += copy.length;
      this.evict();
    }
    return copy;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) return;
      this.remove(key, entry);
    }
  }
}

/** What identifies an answer: the operation, its variables, the media type asked for, and today's date. */
function keyOf(req: Request): string | undefined {
  const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
  if (typeof body?.query !== "string") return undefined;
  const material = JSON.stringify([
    body.query,
    body.operationName ?? null,
    body.variables ?? null,
    req.headers.accept ?? "",
    todayInShanghai(),
  ]);
  return createHash("sha256").update(material).digest("base64url");
}

/**
 * Empties the cache when a mutation is about to run and again when it has answered, whichever way
 * it came in (HTTP, or the staff workspace executing operations in-process).
 */
export function invalidateOnWrites(cache: ResponseCache): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let write = false;
      return {
        async didResolveOperation({ operation }) {
          write = operation?.operation === "mutation";
          if (write) cache.invalidate();
        },
        async willSendResponse() {
          if (write) cache.invalidate();
        },
      };
    },
  };
}

/**
 * In front of Apollo, after the limits and the viewer lookup. Only anonymous POSTs with a JSON body
 * are cached: those are what Apollo accepts without its CSRF checks, so a hit never answers a request
 * Apollo would have refused. A request with any token, a mutation, or an answer with errors is never
 * stored.
 */
export function cachedReads(cache: ResponseCache): RequestHandler {
  return async (req, res, next) => {
    if (!cache.enabled || isWriteOf(res)) return next();
    if (req.method !== "POST" || !req.is("application/json") || viewerOf(res) || req.headers.authorization) return next();
    const key = keyOf(req);
    if (!key) return next();
    try {
      await cache.checkVersion();
    } catch (error) {
      return next(error);
    }
    const hit = cache.lookup(key);
    if (hit) {
      cache.hits++;
      return answer(req, res, cache, hit);
    }
    cache.misses++;
    const generation = cache.currentGeneration;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === "string" && res.statusCode === 200 && !hasErrors(body)) {
        cache.store(
          key,
          generation,
          res.statusCode,
          String(res.getHeader("content-type") ?? "application/json"),
          Buffer.from(body),
        );
      }
      return send(body);
    };
    next();
  };
}

function hasErrors(body: string): boolean {
  try {
    return "errors" in (JSON.parse(body) as object);
  } catch {
    return true;
  }
}

function answer(req: Request, res: Response, cache: ResponseCache, entry: Entry): void {
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("ETag", entry.etag);
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("X-Cache", "HIT");
  if (req.headers["if-none-match"] === entry.etag) {
    res.status(304).end();
    return;
  }
  const encoding = (req.acceptsEncodings("br", "gzip", "identity") || "identity") as Encoding;
  const body = cache.encoded(entry, encoding);
  res.status(entry.status);
  res.setHeader("Content-Type", entry.contentType);
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", String(body.length));
  res.end(body);
}

/**
 * SQLite's `PRAGMA data_version` changes on a connection whenever another connection commits. This
 * connection of the cache's own never writes, so every commit — the server's, a CLI command's,
 * another process's — changes it; a prepared PRAGMA costs microseconds, unlike a query through Prisma.
 * Databases other than a SQLite file fall back to the cache's age limit.
 */
export function sqliteDataVersion(databaseUrl: string | undefined): { read: () => Promise<string | null>; close: () => void } {
  if (!databaseUrl?.startsWith("file:")) return { read: async () => null, close: () => {} };
  const connection = new Database(sqlitePath(databaseUrl), { readonly: true, fileMustExist: true });
  const version = connection.prepare("PRAGMA data_version").pluck();
  return { read: async () => String(version.get()), close: () => connection.close() };
}
