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
              const action = info.fieldName;
              writes.push(
                writeAudit(contextValue, { action, args, result, error }).catch((failure: unknown) => {
                  // The entry could not be stored (the database busy or gone): the server's log keeps
                  // the line instead, and the caller still gets the mutation's own answer, which a
                  // throw here would replace with a bare internal error.
                  const who = contextValue.viewer?.userId ?? contextValue.viewer?.tokenId ?? "anonymous";
                  const outcome = error ? "refused or failed" : "done";
                  console.error(
                    `[sunboard] AUDIT_NOT_STORED ${action} by ${who}, ${outcome}: ${String(failure).split("\n").at(-1)}`,
                  );
                }),
              );
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
