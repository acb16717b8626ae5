import { graphql, Refusal } from "../graphql.ts";

/** The county's postings and courses, whatever their status, with the communities they reach. */
export const CountyJobs = graphql(`
  query WorkspaceCountyJobs {
    me {
      county {
        code name
        postings {
          id title status statusLabel validFrom validUntil openings payText
          employer { name }
          communities { code name }
        }
        courses {
          id title status statusLabel startsOn endsOn registrationDeadline capacity enrolled provider
          communities { code name }
        }
      }
    }
  }
`);

/** What the new-posting and new-course forms offer: the county's communities and employers. */
export const JobFormOptions = graphql(`
  query WorkspaceJobFormOptions {
    me {
      county {
        code name
        townships { communities { code name } }
      }
    }
  }
`);

export const CountyEmployers = graphql(`
  query WorkspaceCountyEmployers($countyCode: String!) {
    employers(countyCode: $countyCode) { id name kindLabel }
  }
`);

export const CreateEmployer = graphql(
  `
  mutation WorkspaceCreateEmployer($input: CreateEmployerInput!) {
    createEmployer(input: $input) {
      __typename
      ... on CreateEmployerSuccess { employer { id name } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);

export const CreateJobPosting = graphql(
  `
  mutation WorkspaceCreateJobPosting($input: JobPostingInput!) {
    createJobPosting(input: $input) {
      __typename
      ... on CreateJobPostingSuccess { posting { id title } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);

export const CreateTrainingCourse = graphql(
  `
  mutation WorkspaceCreateTrainingCourse($input: TrainingCourseInput!) {
    createTrainingCourse(input: $input) {
      __typename
      ... on CreateTrainingCourseSuccess { course { id title } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);

export const SetJobPostingStatus = graphql(
  `
  mutation WorkspaceSetJobPostingStatus($id: ID!, $status: PostingStatus!) {
    setJobPostingStatus(id: $id, status: $status) {
      __typename
      ... on SetJobPostingStatusSuccess { posting { id title } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);

export const SetCourseEnrolment = graphql(
  `
  mutation WorkspaceSetCourseEnrolment($id: ID!, $enrolled: Int!, $status: PostingStatus) {
    setCourseEnrolment(id: $id, enrolled: $enrolled, status: $status) {
      __typename
      ... on SetCourseEnrolmentSuccess { course { id title } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);
