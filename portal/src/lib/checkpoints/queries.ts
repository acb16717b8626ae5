// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

/** Every county's log as the index page summarizes it, with the names of the communities its heads name. */
export const CheckpointLogs = graphql(`
  query CheckpointLogs {
    checkpointLogs {
      county {
        code
        name
        townships { communities { code name } }
      }
      publicKey
      length
      latest {
        sequence
        time
        hash
        statement {
          keyId
          disclosureCount
          merkleRoot
          financeHeads { communityCode month chainHash }
        }
      }
    }
  }
`);

/** A county's checkpoints in log order, a page at a time after the last one read. */
export const CheckpointLines = graphql(`
  query CheckpointLines($county: String!, $after: Int!) {
    checkpointLog(countyCode: $county) {
      checkpoints(afterSequence: $after, first: 100) {
        sequence
        time
        line
        statement { disclosureCount merkleRoot }
      }
    }
  }
`);

export const CheckpointLeaves = graphql(`
  query CheckpointLeaves($county: String!, $sequence: Int!) {
    checkpointLog(countyCode: $county) {
      checkpoint(sequence: $sequence) { leavesFile }
    }
  }
`);
