import { graphql, Refusal } from "../graphql.ts";

const Member = graphql(`
  fragment WorkspaceRosterMember on MemberPosting @_unmask { id name role duties publicPhone startedOn photo { id } }
`);

const Staff = graphql(`
  fragment WorkspaceRosterStaff on StaffPosting @_unmask {
    id kind kindLabel name title duties publicPhone counter startedOn
  }
`);

export const EditorCommunities = graphql(`query WorkspaceRosterCommunities { me { communities { code } } }`);

/** One community's roster as it stands today, with what the forms offer to choose from. */
export const Roster = graphql(
  `query WorkspaceRoster($code: String!) {
    community(code: $code) {
      code name
      organizations { id name kindLabel sizeRule { statusText meets } postings { ...WorkspaceRosterMember } }
      grids { id name leader { ...WorkspaceRosterStaff } workers { ...WorkspaceRosterStaff } }
      buildings { id name heads { ...WorkspaceRosterStaff } }
      serviceStaff { ...WorkspaceRosterStaff }
      rosterNotices { id asOf disclosure { title } }
      catalogue { item { id name } }
    }
  }`,
  [Member, Staff],
);

// The new posting's id: the list the browser is sent on to names it.
export const AddPosting = graphql(
  `mutation WorkspaceAddPosting($input: AddPostingInput!) {
    addPosting(input: $input) { __typename ...WorkspaceRefusal ... on AddPostingSuccess { posting { id } } }
  }`,
  [Refusal],
);

export const AddStaffPosting = graphql(
  `mutation WorkspaceAddStaffPosting($input: AddStaffPostingInput!) {
    addStaffPosting(input: $input) { __typename ...WorkspaceRefusal ... on AddStaffPostingSuccess { posting { id } } }
  }`,
  [Refusal],
);

export const EndPosting = graphql(
  `mutation WorkspaceEndPosting($id: ID!, $endedOn: String!, $reason: String!) {
    endPosting(id: $id, endedOn: $endedOn, reason: $reason) { __typename ...WorkspaceRefusal }
  }`,
  [Refusal],
);

export const EndStaffPosting = graphql(
  `mutation WorkspaceEndStaffPosting($id: ID!, $endedOn: String!, $reason: String!) {
    endStaffPosting(id: $id, endedOn: $endedOn, reason: $reason) { __typename ...WorkspaceRefusal }
  }`,
  [Refusal],
);

export const PublishRosterNotice = graphql(
  `mutation WorkspacePublishRosterNotice($input: PublishRosterNoticeInput!) {
    publishRosterNotice(input: $input) { __typename ...WorkspaceRefusal }
  }`,
  [Refusal],
);

export const UploadPhoto = graphql(
  `mutation WorkspaceUploadPersonPhoto($input: UploadPersonPhotoInput!) {
    uploadPersonPhoto(input: $input) { __typename ...WorkspaceRefusal ... on UploadPersonPhotoSuccess { photo { id } } }
  }`,
  [Refusal],
);

export const CorrectPosting = graphql(
  `mutation WorkspaceCorrectPosting($id: ID!, $input: CorrectPostingInput!, $reason: String!) {
    correctPosting(id: $id, input: $input, reason: $reason) {
      __typename ...WorkspaceRefusal ... on CorrectPostingSuccess { posting { id } }
    }
  }`,
  [Refusal],
);
