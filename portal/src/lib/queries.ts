import { graphql } from "./graphql.ts";

/** Every GraphQL operation the portal runs, typed against schema/schema.graphql by gql.tada. */

export const HomeQuery = graphql(`
  query Home {
    counties {
      code
      name
      province
      prefecture
      townships {
        name
        communities {
          code
          name
          households
          population
          settlementKind
          isSample
        }
      }
    }
  }
`);

export const CommunityCodes = graphql(`
  query CommunityCodes($after: String) {
    communities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { code } }
    }
  }
`);

export const CommunityPage = graphql(`
  query CommunityPage($code: String!, $after: String) {
    categories { code name }
    community(code: $code) {
      code
      name
      isSample
      households
      population
      placement
      settlementKind
      address
      relocationYears { from to }
      serviceCentre { name phone }
      township { name county { name province } }
      organizations {
        kind
        kindLabel
        name
        partyLevelLabel
        memberCount
        electedOn
        postings { name role duties publicPhone }
      }
      disclosures(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            title
            status
            isCurrent
            isSample
            publishedAt
            correctionReason
            withdrawalReason
            category { code }
            period { label }
          }
        }
      }
    }
  }
`);

export const DisclosureIds = graphql(`
  query DisclosureIds($after: String) {
    disclosures(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id } }
    }
  }
`);

export const DisclosurePage = graphql(`
  query DisclosurePage($id: ID!) {
    disclosure(id: $id) {
      id
      title
      bodyHtml
      status
      isCurrent
      isSample
      publishedAt
      publisherName
      contentHash
      canonicalContent
      correctionReason
      withdrawnAt
      withdrawalReason
      category { code name }
      period { label code }
      communities { code name }
      correctionChain { id title publishedAt correctionReason }
    }
  }
`);

export const CommunityFees = graphql(`
  query CommunityFees($code: String!) {
    community(code: $code) {
      code
      name
      isSample
      feeItems {
        id
        code
        name
        kindLabel
        unitLabel
        collectorLabel
        collectorName
        currentPrice {
          effectiveFrom
        }
        prices {
          effectiveFrom
          effectiveTo
          basisDocument
          basisAuthority
          approvedOn
          residentsDecision
          tiers { upTo unitPrice label }
          subsidy { perUnit source endsOn }
          consultation { from to opinionsSummary response }
          disclosure { id }
        }
        months {
          month
          label
          householdsBilled
          householdsPaid
          householdsInArrears
          amountDue
          amountCollected
          householdRate
          amountRate
          corrected
          disclosureId
        }
      }
    }
  }
`);

export const FeePaths = graphql(`
  query FeePaths($after: String) {
    communities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { code feeItems { code } } }
    }
  }
`);

const JobCard = graphql(`
  fragment JobCard on JobPosting {
    id
    title
    kindLabel
    payText
    payMax
    openings
    workAddress
    locationScopeLabel
    benefitsText
    hours
    flexible
    homeBased
    validUntil
    applyPhone
    employer { name kindLabel verified }
  }
`);

export const JobList = graphql(
  `
  query JobList($filter: JobFilter, $sort: JobSort, $after: String) {
    jobPostings(first: 100, after: $after, filter: $filter, sort: $sort) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...JobCard } }
    }
  }
`,
  [JobCard],
);

export const JobDetail = graphql(`
  query JobDetail($id: ID!) {
    jobPosting(id: $id) {
      id
      title
      kindLabel
      isOpen
      isSample
      openings
      ageMin
      ageMax
      education
      skills
      health
      workAddress
      locationScopeLabel
      payText
      benefitsText
      hours
      flexible
      homeBased
      postSubsidy
      termMonths
      exportSubsidy
      applyContact
      applyPhone
      applyPlace
      validFrom
      validUntil
      jsonLd
      employer { name kindLabel verified contactPhone address }
      communities { code name }
    }
  }
`);

const CourseCard = graphql(`
  fragment CourseCard on TrainingCourse {
    id
    title
    tradeLabel
    provider
    startsOn
    endsOn
    place
    capacity
    enrolled
    cost
    trainingSubsidy
    livingAllowancePerDay
    registrationDeadline
  }
`);

export const CourseList = graphql(
  `
  query CourseList($filter: CourseFilter, $after: String) {
    trainingCourses(first: 100, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...CourseCard } }
    }
  }
`,
  [CourseCard],
);

export const CourseDetail = graphql(`
  query CourseDetail($id: ID!) {
    trainingCourse(id: $id) {
      id
      title
      tradeLabel
      isOpen
      isSample
      provider
      startsOn
      endsOn
      sessions
      place
      capacity
      enrolled
      cost
      trainingSubsidy
      livingAllowancePerDay
      eligibility
      certificate
      howToRegister
      registrationDeadline
      jsonLd
      communities { code name }
    }
  }
`);

export const JobBoards = graphql(`
  query JobBoards($code: String!) {
    community(code: $code) {
      code
      name
      township { county { code name } }
      jobBoards { month postings courses disclosure { id title publishedAt } }
    }
  }
`);

export const CountyCodes = graphql(`
  query CountyCodes {
    counties { code name }
  }
`);

export const FinanceMonths = graphql(`
  query FinanceMonths($code: String!, $after: String) {
    community(code: $code) {
      code
      name
      isSample
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
            review { opinion }
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
      code
      name
      isSample
      financePeriod(month: $month) {
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
      code
      name
      isSample
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
      code
      name
      isSample
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

export { CourseCard, JobCard };
