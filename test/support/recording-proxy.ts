import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

/** One GraphQL request that passed through the proxy, with the API's answer as it was sent. */
export interface RecordedOperation {
  name: string;
  query: string;
  variables: Record<string, unknown> | undefined;
  /** The answer's body, unparsed: most are large pages of data that only one test reads. */
  answer: string;
  status: number;
}

/** Passes requests on to `target`, recording each GraphQL operation and the API's answer to it. */
export async function recordingProxy(target: string) {
  const operations: RecordedOperation[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    // A new connection per request (no agent): a kept-alive socket that the API closes just as it
    // is reused would fail the request, and the build would wait for an answer forever.
    // Uncompressed from the API: the proxy records the answer as text and passes it on without its
    // Content-Encoding.
    const headers = { ...req.headers, "accept-encoding": "identity" };
    const upstream = request(new URL(req.url ?? "/", target), { method: req.method, headers, agent: false });
    upstream.on("response", async (answer) => {
      const parts: Buffer[] = [];
      for await (const chunk of answer) parts.push(chunk as Buffer);
      const text = Buffer.concat(parts).toString("utf8");
      if (req.url?.startsWith("/graphql") && req.method === "POST") {
        const { query, variables } = JSON.parse(body.toString("utf8")) as RecordedOperation;
        const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query.slice(0, 80);
        operations.push({ name, query, variables, answer: text, status: answer.statusCode ?? 0 });
      }
      res.writeHead(answer.statusCode ?? 502, { "content-type": answer.headers["content-type"] ?? "application/json" });
      res.end(text);
    });
    upstream.on("error", (error) => {
      operations.push({ name: `${req.method} ${req.url}`, query: "", variables: undefined, answer: String(error), status: 502 });
      res.writeHead(502).end(String(error));
    });
    upstream.end(body);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    operations,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
