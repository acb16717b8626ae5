// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const EmploymentGoalFields = graphql(`
  fragment EmploymentGoalFields on EmploymentGoalResult @_unmask {
    goal goalLabel rate { numerator denominator percent } target { percent } gap met statusLabel
  }
`);

export const EmploymentMonthFields = graphql(
  `
  fragment EmploymentMonthFields on EmploymentMonth @_unmask {
    id month monthLabel householdsWithLabour householdsWithEmployed willingWorkers trainedWithinYear employedTotal note
    employedByKind { kind kindLabel count }
    goals { ...EmploymentGoalFields }
    publishedAt contentHash correctionReason
    disclosure { id }
    corrects { monthLabel publishedAt disclosure { id } goals { ...EmploymentGoalFields } }
  }
`,
  [EmploymentGoalFields],
);

export const CommunityEmployment = graphql(
  `
  query CommunityEmployment($code: String!) {
    community(code: $code) { employmentMonths(last: 60) { ...EmploymentMonthFields } }
    employmentTargets { goal goalLabel percent wording source }
  }
`,
  [EmploymentMonthFields],
);

export const CountyEmployment = graphql(
  `
  query CountyEmployment($county: String!) {
    county(code: $county) {
      employmentRanking {
        month monthLabel
        rows { rank community { code name } figures { disclosure { id } goals { ...EmploymentGoalFields } } }
      }
    }
    employmentTargets { goal goalLabel percent wording source }
  }
`,
  [EmploymentGoalFields],
);
