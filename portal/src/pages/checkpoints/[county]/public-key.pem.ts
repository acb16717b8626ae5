import type { APIRoute } from "astro";
import { type CountyLog, countiesWithLog } from "~/lib/checkpoints/load.ts";

/** The public key every checkpoint of the county is signed with (SPKI PEM, as `openssl pkeyutl -pubin` reads it). */
export const getStaticPaths = countiesWithLog;

export const GET: APIRoute<{ log: CountyLog }> = ({ props }) =>
  new Response(props.log.publicKey ?? "", { headers: { "content-type": "application/x-pem-file" } });
