import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * A county's checkpoint signing key. The private key lives only in a PEM file in the key
 * directory (CHECKPOINT_KEY_DIR), never in the database, so whoever can rewrite the database still
 * cannot sign a checkpoint; the public key is published with the log.
 */
export const keyPath = (dir: string, county: string) => resolve(join(dir, `${county}.pem`));

export class KeyExistsError extends Error {}

/** Writes a new Ed25519 private key for the county (PKCS #8 PEM, mode 0600); never overwrites one. */
export function generateCountyKey(dir: string, county: string): string {
  if (!/^[A-Z0-9_-]+$/i.test(county)) throw new Error(`not a county code: ${county}`);
  const path = keyPath(dir, county);
  if (existsSync(path)) {
    throw new KeyExistsError(`${path} already exists; a county keeps one key (move it away first to replace it)`);
  }
  mkdirSync(resolve(dir), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync("ed25519");
  // "wx": if two processes race for the same county, one of them fails instead of both keys living.
  writeFileSync(path, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
  chmodSync(path, 0o600);
  return path;
}

/** The county's private key, or null when the key directory has none for it. */
export function readPrivateKey(dir: string, county: string): KeyObject | null {
  const path = keyPath(dir, county);
  if (!existsSync(path)) return null;
  const key = createPrivateKey(readFileSync(path));
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`${path} is not an Ed25519 key`);
  return key;
}

export const publicKeyOf = (key: KeyObject): KeyObject => (key.type === "private" ? createPublicKey(key) : key);

/** The public key as published beside the log (SPKI PEM). */
export const publicKeyPem = (key: KeyObject): string => publicKeyOf(key).export({ type: "spki", format: "pem" }).toString();

/** SHA-256 (hex) of the public key's SPKI DER encoding: the `keyId` every checkpoint names. */
export const keyIdOf = (key: KeyObject): string =>
  createHash("sha256")
    .update(publicKeyOf(key).export({ type: "spki", format: "der" }))
    .digest("hex");

/** Reads a published public key (PEM), or throws saying what the text was not. */
export function parsePublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== "ed25519") throw new Error("the public key is not an Ed25519 key");
  return key;
}
