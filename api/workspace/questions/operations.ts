import { graphql, Refusal } from "../graphql.ts";

const QuestionFields = graphql(`
  fragment WorkspaceQuestion on Question @_unmask {
    id text askerLabel askedAt dueOn standing standingLabel statusLabel
    subjectKindLabel subjectTitle subjectPath communityName
    answer { text answeredAt answeredByName }
  }
`);

export const Questions = graphql(
  `query WorkspaceQuestions { me { communities { code name questions { ...WorkspaceQuestion } } } }`,
  [QuestionFields],
);

export const QuestionForAnswer = graphql(
  `query WorkspaceQuestionForAnswer($id: ID!) { question(id: $id) { ...WorkspaceQuestion askerName contact } }`,
  [QuestionFields],
);

export const AnswerQuestion = graphql(
  `mutation WorkspaceAnswerQuestion($id: ID!, $text: String!) {
    answerQuestion(id: $id, text: $text) { __typename ...WorkspaceRefusal }
  }`,
  [Refusal],
);
