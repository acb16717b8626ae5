// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

const Photo = graphql(`
  fragment RosterPhoto on PersonPhoto @_unmask { sha256 altText }
`);

export const CommunityRoster = graphql(
  `
  query CommunityRoster($code: String!) {
    community(code: $code) {
      organizations {
        id kind kindLabel name partyLevelLabel memberCount
        sizeRule { ruleText members meets statusText }
        postings { id name role duties publicPhone startedOn photo { ...RosterPhoto } }
      }
      grids {
        id name area residentsGroups households householdLimit
        leader { id name title duties publicPhone photo { ...RosterPhoto } }
        workers { id name title duties publicPhone photo { ...RosterPhoto } }
        workerRule { ruleText members meets statusText }
        buildings { id name heads { id name title duties publicPhone photo { ...RosterPhoto } } }
      }
      buildings { id name grid { id } heads { id name title duties publicPhone photo { ...RosterPhoto } } }
      serviceStaff { id name title duties counter publicPhone photo { ...RosterPhoto } }
    }
  }
`,
  [Photo],
);

export const CommunityRosterHistory = graphql(`
  query CommunityRosterHistory($code: String!) {
    community(code: $code) {
      organizations {
        id name
        history { id name role startedOn endedOn endReason correctionReason corrects { id name } correctedBy { id } }
      }
      staffHistory { id kindLabel name title startedOn endedOn endReason grid { name } building { name } counter }
    }
  }
`);

/** The photos of the people a community's roster shows today, with their bytes, for the build's resized copies. */
export const RosterPhotoFiles = graphql(`
  query RosterPhotoFiles($code: String!) {
    community(code: $code) {
      organizations { postings { photo { sha256 dataBase64 } } }
      grids { leader { photo { sha256 dataBase64 } } workers { photo { sha256 dataBase64 } } }
      serviceStaff { photo { sha256 dataBase64 } }
      buildings { heads { photo { sha256 dataBase64 } } }
    }
  }
`);
