import type { APIRoute } from "astro";
import { disclosureIds, loadDisclosure } from "~/lib/disclosures/load.ts";

/**
 * The exact text a disclosure's SHA-256 covers, byte for byte (RFC 8785 JSON in UTF-8, no trailing newline), so
 * `sha256sum canonical.json` or the /verify/ page gives the hash printed on the page and the notice.
 */
export async function getStaticPaths() {
  return (await disclosureIds()).map((id) => ({ params: { id } }));
}

export const GET: APIRoute<never, { id: string }> = async ({ params }) => {
  const { canonicalContent } = await loadDisclosure(params.id);
  if (canonicalContent === null) throw new Error(`disclosure ${params.id} is public without its canonical text`);
  return new Response(canonicalContent, { headers: { "content-type": "application/json; charset=utf-8" } });
};
