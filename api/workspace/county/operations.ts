import { graphql } from "../graphql.ts";

export const CountyDesk = graphql(`
  query WorkspaceCountyDesk {
    me { county { code name overdue { overdueCount community { code name } overdue { periodLabel statusText item { id name } } } } }
  }
`);
