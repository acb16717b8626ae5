// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const JobCard = graphql(`
  fragment JobCard on JobPosting {
    id
    title
    kind
    kindLabel
    payText
    payMax
    openings
    placeOfWork
    locationScopeLabel
    benefitsText
    hours
    flexible
    homeBased
    validFrom
    validUntil
    updatedAt
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
      placeOfWork
      placeOfWorkRecorded
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

export const CourseCard = graphql(`
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
      jobBoards { month postings courses disclosure { id title publishedAt } }
    }
  }
`);

export const JobDestinations = graphql(`
  query JobDestinations($communityCode: String, $countyCode: String) {
    jobDestinations(communityCode: $communityCode, countyCode: $countyCode) {
      province
      provinceCode
      city
      citySlug
      postings
    }
  }
`);
