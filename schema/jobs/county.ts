import { builder } from "../builder.ts";

// The public lists (`jobPostings`, `trainingCourses`) show only what is open today; the people who
// publish also need what they closed, filled or let expire, to reopen it or see what went out.
const MOST = 200;

const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;

builder.prismaObjectField("County", "postings", (t) =>
  t.relation("postings", {
    description: `The county's job postings whatever their status or dates, newest first (the latest ${MOST})`,
    query: { orderBy: [...newestFirst], take: MOST },
  }),
);

builder.prismaObjectField("County", "courses", (t) =>
  t.relation("courses", {
    description: `The county's training courses whatever their status or dates, newest first (the latest ${MOST})`,
    query: { orderBy: [...newestFirst], take: MOST },
  }),
);
