import type { APIRoute } from "astro";
import { loadCanonical, monthPaths } from "~/lib/finance/load.ts";

/**
 * The exact text the month's chain hash covers, byte for byte, so anyone can run `sha256sum` on
 * the download and compare it with the hash printed on the page and on the notice board.
 */
export async function getStaticPaths() {
  return (await monthPaths()).map(({ params }) => ({ params, props: params }));
}

export const GET: APIRoute<{ code: string; month: string }> = async ({ props }) => {
  return new Response(await loadCanonical(props.code, props.month), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
