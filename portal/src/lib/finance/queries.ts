// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const FinanceMonths = graphql(`
  query FinanceMonths($code: String!, $after: String) {
    community(code: $code) {
      financeYears
      financePeriods(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            month
            label
            incomeTotal
            expenseTotal
            closingBalance
            review { opinion opinionLabel }
            queries { question }
          }
        }
      }
    }
  }
`);

/** One month of the books as its page shows it; entries come `first` at a time, so the page walks them. */
export const FinanceMonthPage = graphql(`
  query FinanceMonthPage($code: String!, $month: String!, $first: Int!, $after: String) {
    community(code: $code) {
      financePeriod(month: $month) {
        id
        month
        label
        openingBalance
        incomeTotal
        expenseTotal
        closingBalance
        categoryTotals { code name direction amount }
        entries(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              sequence
              date
              voucherNo
              category { name }
              direction
              amount
              counterparty
              description
              attachmentRef
              asset { name }
              adjusts { month sequence voucherNo }
              adjustmentReason
              adjustedBy { month sequence date voucherNo amount adjustmentReason }
              decisions { id subject }
              project { id name }
            }
          }
        }
        review { opinion opinionLabel opinionText reviewedAt }
        signatures { name role }
        queries {
          question
          askedAt
          askedBy
          askedByRole
          answer
          answeredAt
          answeredBy
          entry { sequence voucherNo }
        }
        publishedAt
        publisher
        disclosure { id }
        chainHash
        previousHash
        hashVerified
        adjustedLater { month sequence date voucherNo amount adjustmentReason adjusts { sequence voucherNo } }
      }
    }
  }
`);

/** The exact text a month's chain hash covers, for the download beside the month page. */
export const FinanceCanonical = graphql(`
  query FinanceCanonical($code: String!, $month: String!) {
    community(code: $code) {
      financePeriod(month: $month) {
        chainHash
        canonicalContent
      }
    }
  }
`);

export const FinanceYearPage = graphql(`
  query FinanceYearPage($code: String!, $year: Int!) {
    community(code: $code) {
      financeYear(year: $year) {
        year
        openingBalance
        closingBalance
        incomeTotal
        expenseTotal
        categoryTotals { code name direction amount }
        months { month label incomeTotal expenseTotal closingBalance }
      }
    }
  }
`);

export const FinanceAssets = graphql(`
  query FinanceAssets($code: String!, $year: Int!) {
    community(code: $code) {
      collectiveAssets {
        code
        name
        kindLabel
        location
        area
        status
        statusLabel
        currentLease { lesseeBusiness monthlyRent leaseFrom leaseTo contractNo }
        leases { lesseeBusiness monthlyRent leaseFrom leaseTo contractNo }
        incomeInYear(year: $year)
      }
      assetIncomeStatements {
        year
        incomeTotal
        usedTotal
        balance
        uses { purpose amount decision }
        disclosure { id }
      }
    }
  }
`);
