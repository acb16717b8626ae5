import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.ts";
import { asDomainError } from "../errors.ts";

/**
 * Mutation fields that change what the public portal shows declare it in the schema with the
 * field extension `{ changesPortal: true }`; after a request in which one of them succeeded,
 * `onChange` runs (the server uses it to rebuild the static portal).
 */
export function portalChangePlugin(onChange: () => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let changed = false;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (info.parentType.name !== "Mutation") return;
              const field = info.parentType.getFields()[info.fieldName];
              if (!field?.extensions?.changesPortal) return;
              return (error, result) => {
                if (!error && !asDomainError(result)) changed = true;
              };
            },
          };
        },
        async willSendResponse() {
          if (changed) onChange();
        },
      };
    },
  };
}
