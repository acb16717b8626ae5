// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const CatalogueEntryFields = graphql(`
  fragment CatalogueEntryFields on CatalogueEntry @_unmask {
    item { id name categoryCode categoryName basis cadenceLabel dueRuleLabel responsible sourceLabel }
    inherited
    status
    statusText
    periodLabel
    dueOn
    lastPublication { disclosureId title publishedAt periodLabel }
    suspension { reason startedAt startedByName }
  }
`);

export const CommunityCatalogue = graphql(
  `
  query CommunityCatalogue($code: String!, $asOf: DateTime!) {
    community(code: $code) {
      catalogue(asOf: $asOf) { ...CatalogueEntryFields }
    }
  }
`,
  [CatalogueEntryFields],
);

export const CountyOverdue = graphql(
  `
  query CountyOverdue($county: String!, $asOf: DateTime!) {
    county(code: $county) {
      overdue(asOf: $asOf) {
        community { code name }
        overdueCount
        overdue { ...CatalogueEntryFields }
      }
    }
  }
`,
  [CatalogueEntryFields],
);
