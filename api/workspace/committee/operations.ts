import { graphql } from "../graphql.ts";

/** What the member themselves has signed; the months waiting come from the finance screen's own query. */
export const MySignatures = graphql(`
  query WorkspaceMySignatures {
    me {
      reviewSignatures(first: 50) {
        opinion opinionLabel opinionText signedAt
        period { id label community { name } }
      }
    }
  }
`);
