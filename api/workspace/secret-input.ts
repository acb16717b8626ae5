import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";

/**
 * Reads one secret line: typed at a terminal without echo, or piped on stdin (for scripts), so it
 * never appears in argv, the shell history or the process list.
 */
export async function readSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    return input.replace(/\r?\n$/, "");
  }
  process.stderr.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  const line = await rl.question("");
  rl.close();
  process.stderr.write("\n");
  return line;
}
