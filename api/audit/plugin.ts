import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.ts";
import { writeAudit } from "./log.ts";

/**
 * Audits every mutation field in one place, whatever its outcome: refusals by scope-auth,
 * validation errors and successes alike. Entries are written before the response leaves, so a
 * client that got an answer can already find it in the log.
 */
export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    const writes: Promise<void>[] = [];
    return {
      async executionDidStart() {
        return {
          willResolveField({ info, args, contextValue }) {
            if (info.parentType.name !== "Mutation") return;
            return (error, result) => {
              writes.push(writeAudit(contextValue, { action: info.fieldName, args, result, error }));
            };
          },
        };
      },
      async willSendResponse() {
        await Promise.all(writes);
      },
    };
  },
};
