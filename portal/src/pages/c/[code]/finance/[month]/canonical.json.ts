import type { APIRoute } from "astro";
import { query } from "~/lib/api.ts";
import { monthPaths } from "~/lib/finance.ts";
import { FinanceCanonical } from "~/lib/queries.ts";

/**
 * The exact text the month's chain hash covers, byte for byte, so anyone can run `sha256sum` on
 * the download and compare it with the hash printed on the page and on the notice board.
 */
export async function getStaticPaths() {
  return (await monthPaths()).map(({ params }) => ({ params, props: params }));
}

export const GET: APIRoute<{ code: string; month: string }> = async ({ props }) => {
  const { community } = await query(FinanceCanonical, { code: props.code, month: props.month });
  const text = community?.financePeriod?.canonicalContent;
  if (!text) throw new Error(`${props.code} ${props.month} has no published content`);
  return new Response(text, { headers: { "content-type": "application/json; charset=utf-8" } });
};
