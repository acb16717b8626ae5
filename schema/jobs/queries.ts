import type { Prisma } from "../../api/db/generated/client.ts";
import { containsText } from "../../api/db/text.ts";
import { ValidationError } from "../../api/errors.ts";
import { type Destination, jobDestinations, provinceName } from "../../api/jobs/places.ts";
import { courseOpenOn, openOn } from "../../api/jobs/service.ts";
import { FEN, parseDecimal } from "../../api/money.ts";
import { isDate, todayInShanghai } from "../../api/periods.ts";
import { builder } from "../builder.ts";
import { JobKind, LocationScope, Trade } from "./types.ts";

const JobSort = builder.enumType("JobSort", {
  values: { PAY: { description: "Highest pay first" }, NEWEST: { description: "Most recently opened first" } },
});

const JobFilter = builder.inputType("JobFilter", {
  fields: (t) => ({
    communityCode: t.string({ description: "Postings for this community" }),
    countyCode: t.string({ description: "Postings of this county" }),
    scopes: t.field({ type: [LocationScope], description: "Only these location scopes" }),
    minPay: t.string({ description: "Monthly pay of at least this much (decimal yuan), by the top of the range" }),
    kind: t.field({ type: JobKind }),
    keyword: t.string({
      description: "Chinese keyword, matched in title, skills, employer and place of work (address, city, district)",
    }),
    flexibleOnly: t.boolean({ defaultValue: false }),
    homeBasedOnly: t.boolean({ defaultValue: false }),
    workProvince: t.string({ description: "Place of work in this province (浙江省, or short: 浙江)" }),
    workCity: t.string({ description: "Place of work in this city (宁波市)" }),
    openOn: t.string({ description: "Open on this date (YYYY-MM-DD); default today, Asia/Shanghai" }),
  }),
});

const CourseFilter = builder.inputType("CourseFilter", {
  fields: (t) => ({
    communityCode: t.string(),
    countyCode: t.string(),
    trade: t.field({ type: Trade }),
    keyword: t.string(),
    openOn: t.string({ description: "Taking registrations on this date; default today" }),
  }),
});

function checkedDate(value: string | null | undefined): string {
  if (value == null) return todayInShanghai();
  if (!isDate(value)) throw new ValidationError([{ field: "filter.openOn", message: "日期应为 YYYY-MM-DD 格式" }]);
  return value;
}

const place = (communityCode?: string | null, countyCode?: string | null) => ({
  ...(communityCode ? { targets: { some: { community: { code: communityCode } } } } : {}),
  ...(countyCode ? { county: { code: countyCode } } : {}),
});

/** Postings whose place of work is in a province (full or short name) and/or city. */
function placeFilter(province?: string | null, city?: string | null): Prisma.JobPostingWhereInput {
  const full = province == null ? null : provinceName(province);
  if (province != null && full === null)
    throw new ValidationError([
      { field: "filter.workProvince", message: `省份“${province}”不正确：应为省级行政区名称，如 浙江省` },
    ]);
  return { ...(full ? { workProvince: full } : {}), ...(city?.trim() ? { workCity: city.trim() } : {}) };
}

const JobDestination = builder.objectRef<Destination>("JobDestination").implement({
  description: "外出务工目的地: a province and city where open labour-export or away postings are",
  fields: (t) => ({
    province: t.exposeString("province", { description: "Province-level division, full name" }),
    provinceCode: t.exposeString("provinceCode", { description: "Its GB/T 2260 code, e.g. 33 for 浙江省" }),
    city: t.exposeString("city", { description: "City of the place of work" }),
    citySlug: t.exposeString("citySlug", { description: "Stable URL segment for the city's page (a short hash)" }),
    postings: t.exposeInt("postings", { description: "Open postings with work in this city" }),
  }),
});

builder.queryFields((t) => ({
  jobDestinations: t.field({
    type: [JobDestination],
    description:
      "Where open postings away from home (elsewhere in the province, or out of it) have their place of work, by province and city; most postings first",
    args: {
      communityCode: t.arg.string({ description: "Postings for this community" }),
      countyCode: t.arg.string({ description: "Postings of this county" }),
      openOn: t.arg.string({ description: "Open on this date (YYYY-MM-DD); default today, Asia/Shanghai" }),
    },
    resolve: (_root, args, ctx) =>
      jobDestinations(ctx.db, {
        ...openOn(checkedDate(args.openOn)),
        ...place(args.communityCode, args.countyCode),
      }),
  }),
  jobPostings: t.prismaConnection({
    type: "JobPosting",
    cursor: "id",
    description: "Open postings, filtered and sorted; expired ones never appear",
    args: { filter: t.arg({ type: JobFilter }), sort: t.arg({ type: JobSort, defaultValue: "PAY" }) },
    resolve: (query, _root, { filter, sort }, ctx) => {
      const f = filter ?? {};
      const minPay = f.minPay == null ? null : parseDecimal(f.minPay, FEN);
      if (f.minPay != null && minPay === null)
        throw new ValidationError([{ field: "filter.minPay", message: "最低月薪应为金额，如 3000" }]);
      const where: Prisma.JobPostingWhereInput = {
        ...openOn(checkedDate(f.openOn)),
        ...place(f.communityCode, f.countyCode),
        ...(f.scopes?.length ? { locationScope: { in: f.scopes } } : {}),
        ...(minPay !== null ? { payMax: { gte: minPay } } : {}),
        ...(f.kind ? { kind: f.kind } : {}),
        ...(f.flexibleOnly ? { flexible: true } : {}),
        ...(f.homeBasedOnly ? { homeBased: true } : {}),
        ...placeFilter(f.workProvince, f.workCity),
        ...(f.keyword?.trim()
          ? {
              OR: [
                { title: containsText(ctx.db, f.keyword.trim()) },
                { skills: containsText(ctx.db, f.keyword.trim()) },
                { workAddress: containsText(ctx.db, f.keyword.trim()) },
                { workCity: containsText(ctx.db, f.keyword.trim()) },
                { workDistrict: containsText(ctx.db, f.keyword.trim()) },
                { employer: { name: containsText(ctx.db, f.keyword.trim()) } },
              ],
            }
          : {}),
      };
      const orderBy: Prisma.JobPostingOrderByWithRelationInput[] =
        sort === "NEWEST"
          ? [{ validFrom: "desc" }, { createdAt: "desc" }, { id: "asc" }]
          : [{ payMax: "desc" }, { payMin: "desc" }, { id: "asc" }];
      return ctx.db.jobPosting.findMany({ ...query, where, orderBy });
    },
  }),
  jobPosting: t.prismaField({
    type: "JobPosting",
    nullable: true,
    description: "Any posting, open or not (see isOpen)",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.jobPosting.findUnique({ ...query, where: { id: String(id) } }),
  }),
  trainingCourses: t.prismaConnection({
    type: "TrainingCourse",
    cursor: "id",
    description: "Courses taking registrations, soonest start first",
    args: { filter: t.arg({ type: CourseFilter }) },
    resolve: (query, _root, { filter }, ctx) => {
      const f = filter ?? {};
      const where: Prisma.TrainingCourseWhereInput = {
        ...courseOpenOn(checkedDate(f.openOn)),
        ...place(f.communityCode, f.countyCode),
        ...(f.trade ? { trade: f.trade } : {}),
        ...(f.keyword?.trim()
          ? { OR: [{ title: containsText(ctx.db, f.keyword.trim()) }, { provider: containsText(ctx.db, f.keyword.trim()) }] }
          : {}),
      };
      return ctx.db.trainingCourse.findMany({ ...query, where, orderBy: [{ startsOn: "asc" }, { id: "asc" }] });
    },
  }),
  trainingCourse: t.prismaField({
    type: "TrainingCourse",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.trainingCourse.findUnique({ ...query, where: { id: String(id) } }),
  }),
  employers: t.prismaField({
    type: ["Employer"],
    args: { countyCode: t.arg.string({ required: true }) },
    resolve: (query, _root, { countyCode }, ctx) =>
      ctx.db.employer.findMany({ ...query, where: { county: { code: countyCode } }, orderBy: { name: "asc" } }),
  }),
}));
