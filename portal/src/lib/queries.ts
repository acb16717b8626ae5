/**
 * The operations test/ and the benches import by this path. Portal code imports each operation
 * from its domain's `lib/<domain>/queries.ts`; this file goes once the tests do the same.
 */
export { CommunityCodes, CommunityPage, HomeQuery } from "./communities/queries.ts";
export { DisclosurePage } from "./disclosures/queries.ts";
export { CommunityFees, FeePaths } from "./fees/queries.ts";
export { FinanceAssets, FinanceMonthPage, FinanceMonths, FinanceYearPage } from "./finance/queries.ts";
export { JobList } from "./jobs/queries.ts";
