// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const QuestionFields = graphql(`
  fragment QuestionFields on Question @_unmask {
    id subjectKind subjectKindLabel subjectId subjectTitle subjectPath communityCode communityName
    status statusLabel text askerLabel askedAt dueOn hiddenReason isSample
    answer { text answeredAt answeredByName contentHash }
    opinions { name role opinion recordedAt }
  }
`);

export const CommunityQuestions = graphql(
  `
  query CommunityQuestions($code: String!, $asOf: DateTime!) {
    community(code: $code) {
      questions { ...QuestionFields standing(asOf: $asOf) standingLabel(asOf: $asOf) }
      questionSummary(asOf: $asOf) { total received published hidden answered answeredLate awaiting overdue answerWorkingDays }
    }
  }
`,
  [QuestionFields],
);

export const CountyOverdueQuestions = graphql(
  `
  query CountyOverdueQuestions($county: String!, $asOf: DateTime!) {
    county(code: $county) {
      overdueQuestions(asOf: $asOf) {
        communityCode communityName overdueCount
        overdue { ...QuestionFields standing(asOf: $asOf) standingLabel(asOf: $asOf) }
      }
    }
  }
`,
  [QuestionFields],
);
