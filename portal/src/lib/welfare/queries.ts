// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const WelfareFiguresFields = graphql(`
  fragment WelfareFiguresFields on WelfareFigures @_unmask { quota posts held onNotice vacant openPosts }
`);

export const WelfareTurnoverFields = graphql(`
  fragment WelfareTurnoverFields on WelfareTurnoverMonth @_unmask {
    month monthLabel joins exits heldAtEnd exitReasons { reason reasonLabel count }
  }
`);

export const CommunityWelfare = graphql(
  `
  query CommunityWelfare($code: String!, $on: String!) {
    community(code: $code) {
      welfare(on: $on) {
        on
        figures { ...WelfareFiguresFields }
        posts {
          id code kindLabel title monthlySubsidy hours
          holder(on: $on) { maskedName startsOn endedOn status(on: $on) statusLabel(on: $on) appointment { disclosure { id publishedAt } } }
          vacancyPostings { jobPosting { id title validUntil } }
        }
        exits { maskedName endedOn exitReasonLabel post { code title } }
        appointments { noticeFrom noticeUntil startsOn disclosure { id title } }
        turnover { ...WelfareTurnoverFields }
        subsidies { month monthLabel holders total paidOn disclosure { id } }
      }
    }
  }
`,
  [WelfareFiguresFields, WelfareTurnoverFields],
);

export const CountyWelfare = graphql(
  `
  query CountyWelfare($county: String!, $on: String!) {
    county(code: $county) {
      welfare(on: $on) {
        on
        quota { total basis }
        figures { ...WelfareFiguresFields }
        communities { community { code name } figures { ...WelfareFiguresFields } }
        turnover { ...WelfareTurnoverFields }
        subsidies { month communities holders total }
      }
    }
  }
`,
  [WelfareFiguresFields, WelfareTurnoverFields],
);

export const WelfareStatus = graphql(`
  query WelfareStatus($code: String!, $on: String!) {
    community(code: $code) { welfare(on: $on) { figures { quota held vacant onNotice } } }
  }
`);
