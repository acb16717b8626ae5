import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.ts";
import { asDomainError } from "../errors.ts";

/** A mutation that changed what the portal shows, with its arguments (to narrow the rebuild). */
export interface PortalChange {
  field: string;
  args: Record<string, unknown>;
}

/**
 * Mutation fields that change what the public portal shows declare it in the schema with the
 * field extension `{ changesPortal: true }`; after a request in which one of them succeeded,
 * `onChange` runs with those mutations (the server uses it to rebuild the static portal).
 */
export function portalChangePlugin(onChange: (changes: PortalChange[]) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const changed: PortalChange[] = [];
      return {
        async executionDidStart() {
          return {
            willResolveField({ info, args }) {
              if (info.parentType.name !== "Mutation") return;
              const field = info.parentType.getFields()[info.fieldName];
              if (!field?.extensions?.changesPortal) return;
              return (error, result) => {
                if (!error && !asDomainError(result)) changed.push({ field: info.fieldName, args });
              };
            },
          };
        },
        async willSendResponse() {
          if (changed.length > 0) onChange(changed);
        },
      };
    },
  };
}
