import { Router } from "express";
import { collectionSheetTemplate } from "./sheet.ts";

/** Downloadable templates for the collection-status upload, with the Chinese headers it expects. */
export function feeTemplateRoutes(): Router {
  const router = Router();
  router.get("/templates/fee-collection.:format", async (req, res) => {
    const format = req.params.format;
    if (format !== "csv" && format !== "xlsx") {
      res.status(404).type("text/plain; charset=utf-8").send("模板格式应为 csv 或 xlsx");
      return;
    }
    const bytes = await collectionSheetTemplate(format);
    res
      .type(format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .attachment(`收缴情况模板.${format}`)
      .send(Buffer.from(bytes));
  });
  return router;
}
