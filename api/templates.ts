import { Router } from "express";
import { assistanceSheetTemplate } from "./assistance/sheet.ts";
import { figuresSheetTemplate } from "./employment/sheet.ts";
import { collectionSheetTemplate } from "./fees/sheet.ts";
import { entrySheetTemplate } from "./finance/sheet.ts";
import { postingSheetTemplate } from "./jobs/sheet.ts";

/** Downloadable spreadsheet templates for the bulk imports, with the Chinese headers they expect. */
const TEMPLATES = {
  "assistance-list": { build: assistanceSheetTemplate, name: "救助名单模板" },
  "employment-figures": { build: figuresSheetTemplate, name: "就业目标月报模板" },
  "fee-collection": { build: collectionSheetTemplate, name: "收缴情况模板" },
  "job-postings": { build: postingSheetTemplate, name: "招聘岗位模板" },
  "ledger-entries": { build: entrySheetTemplate, name: "收支明细模板" },
} as const;

export function templateRoutes(): Router {
  const router = Router();
  router.get("/templates/:name.:format", async (req, res) => {
    const template = TEMPLATES[req.params.name as keyof typeof TEMPLATES];
    const format = req.params.format;
    if (!template || (format !== "csv" && format !== "xlsx")) {
      res
        .status(404)
        .type("text/plain; charset=utf-8")
        .send(
          `模板不存在；可用：${Object.keys(TEMPLATES)
            .map((n) => `${n}.csv、${n}.xlsx`)
            .join("、")}`,
        );
      return;
    }
    const bytes = await template.build(format);
    res
      .type(format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .attachment(`${template.name}.${format}`)
      .send(Buffer.from(bytes));
  });
  return router;
}
