import { query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import { defineColumns, defineDataset, newest, textColumn } from "~/lib/data/dataset.ts";
import { everyNode } from "~/lib/data/published.ts";
import { graphql } from "~/lib/graphql.ts";
import { canonicalHref, disclosureHref } from "./paths.ts";

const DisclosureRows = graphql(`
  query DisclosureRows($code: String!, $after: String) {
    community(code: $code) {
      disclosures(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          node { id title statusLabel publishedAt withdrawnAt correctionReason contentHash category { name } period { label } corrects { id } }
        }
      }
    }
  }
`);

const COLUMNS = defineColumns([
  textColumn("id", "编号", 28),
  textColumn("category", "类别", 14),
  textColumn("title", "标题", 40),
  textColumn("period", "期间", 14),
  textColumn("publishedAt", "发布时间", 22),
  textColumn("status", "状态", 8),
  textColumn("corrects", "更正的事项编号", 28),
  textColumn("correctionReason", "更正说明", 30),
  textColumn("withdrawnAt", "撤回时间", 22),
  textColumn("contentHash", "SHA-256 校验值", 66),
  textColumn("page", "网页", 30),
  textColumn("canonical", "规范化文本", 40),
]);

/** Every disclosure a community has published (withdrawn ones stay listed), whatever its section. */
export const DISCLOSURE_DATASETS = [
  defineDataset({
    id: "disclosures",
    title: "公开事项",
    description: "社区发布的全部公开事项（含更正和撤回），附校验值和规范化文本的地址，可逐条核验。",
    frequency: "CONT",
    scope: "community",
    columns: COLUMNS,
    sheetName: "公开事项",
    async load(code) {
      const items = await everyNode(
        async (after) => present((await query(DisclosureRows, { code, after })).community, code).disclosures,
      );
      const rows = items.map((d) => ({
        id: d.id,
        category: d.category.name,
        title: d.title,
        period: d.period?.label ?? null,
        publishedAt: d.publishedAt,
        status: d.statusLabel,
        corrects: d.corrects?.id ?? null,
        correctionReason: d.correctionReason,
        withdrawnAt: d.withdrawnAt,
        contentHash: d.contentHash,
        page: disclosureHref(d.id),
        canonical: canonicalHref(d.id),
      }));
      return { rows, modified: newest(items.flatMap((d) => [d.publishedAt, d.withdrawnAt])) };
    },
  }),
];
