import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

describe.concurrent("fee pages", BROWSER_TESTS, () => {
  /** Exact percentage with two decimals, rounded half up, from integer counts. */
  const exactRate = (paid: number, billed: number) => {
    const hundredths = (BigInt(paid) * 20000n + BigInt(billed)) / (2n * BigInt(billed));
    return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}%`;
  };

  it("show, for every demo month of every fee, a rate equal to paid ÷ billed from the stored counts", async () => {
    const { api } = portal;
    const items = await api.db.feeItem.findMany({ include: { community: true } });
    expect(items.length).toBe(24);
    const page = await portal.noJs.newPage();
    let months = 0;
    for (const item of items) {
      await page.goto(`${api.url}/c/${item.community.code}/fees/${item.code}/`);
      const rows = await page.locator("tr[data-month]").evaluateAll((trs) =>
        trs.map((tr) => ({
          month: tr.getAttribute("data-month"),
          cells: [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim()),
        })),
      );
      const stored = await api.db.feeCollection.groupBy({
        by: ["month"],
        where: { feeItemId: item.id, disclosure: { status: "PUBLISHED", correctedBy: { is: null } } },
        _sum: { householdsBilled: true, householdsPaid: true },
      });
      expect(rows.map((r) => r.month).sort()).toEqual(stored.map((m) => m.month).sort());
      for (const m of stored) {
        const row = rows.find((r) => r.month === m.month);
        const billed = m._sum.householdsBilled ?? 0;
        const paid = m._sum.householdsPaid ?? 0;
        expect(row?.cells.slice(0, 3)).toEqual([String(billed), String(paid), exactRate(paid, billed)]);
        months++;
      }
    }
    expect(months).toBeGreaterThan(150);
    await page.close();
  });

  it("show the price the API says applies today, with its basis and the subsidy in plain words", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const res = await portal.api.gql(
      graphql(`query PricesToday($d: String!) { community(code: "RJ-FUMIN") {
        feeItems { code unitLabel priceOn(date: $d) { tiers { unitPrice } basisDocument } } } }`),
      { d: today },
    );
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/fees/`);
    for (const item of present(res.data?.community).feeItems) {
      const row = page.locator(`tr[data-fee="${item.code}"]`);
      const shown = await row.locator("[data-price]").allTextContents();
      const price = present(item.priceOn, `${item.code}'s price today`);
      expect(shown.map((p) => Number(p))).toEqual(price.tiers.map((t) => Number(t.unitPrice)));
      expect(await row.textContent()).toContain(price.basisDocument);
    }
    expect(await page.locator('[data-subsidy="PROPERTY"]').textContent()).toContain("居民实际负担 0.30 元/平方米·月");
    await page.close();
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    for (const { path, violations } of await axeByPath(portal, ["/c/RJ-YANGGUANG/fees/", "/c/RJ-FENGHUANG/fees/WATER/"])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
