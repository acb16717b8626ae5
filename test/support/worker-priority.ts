import { setPriority } from "node:os";

/**
 * Test workers, and the servers, commands and builds they start, run at a lower priority than the
 * main process. There the shared demo portal builds (test/support/global-setup.ts), and every
 * portal test waits for it: given the cores first, it finishes in about a third of the time it
 * takes when it competes as an equal with the tests that do not need it.
 */
setPriority(10);
