import type { Employer, JobPosting, TrainingCourse } from "../db/generated/client.ts";
import { yuan } from "../money.ts";
import { benefitsText, payText } from "./board.ts";
import { JOB_KIND_LABELS, TRADE_LABELS } from "./labels.ts";
import { addressWithin, placeOfWorkText, placeRecorded } from "./places.ts";

/**
 * schema.org descriptions of postings and courses, so search engines and job aggregators can read
 * them. Built by the API, so every client (the portal among them) embeds the same document.
 */
/**
 * JSON for a `<script type="application/ld+json">` block: `<` is escaped so that text typed by staff
 * (a title containing "</script>") can never end the script element and inject markup.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const employmentType = {
  REGULAR: "FULL_TIME",
  PUBLIC_WELFARE: "PART_TIME",
  LABOUR_EXPORT: "FULL_TIME",
  SEASONAL: "TEMPORARY",
} as const;

/**
 * The place of work as a schema.org PostalAddress. A row from before place of work was recorded
 * says only what its scope implies: work in the community or county is in the county's province,
 * work elsewhere in the province too; work out of the province, only the country. Its workAddress
 * is left out, since it may be where to register rather than where to work.
 */
function jobAddress(p: JobPosting, county: { name: string; province: string }) {
  if (placeRecorded(p)) {
    const street = `${p.workDistrict ?? ""}${addressWithin(p)}`;
    return {
      "@type": "PostalAddress",
      ...(street ? { streetAddress: street } : {}),
      ...(p.workCity ? { addressLocality: p.workCity } : {}),
      addressRegion: p.workProvince,
      addressCountry: "CN",
    };
  }
  const local = p.locationScope === "COMMUNITY" || p.locationScope === "COUNTY";
  return {
    "@type": "PostalAddress",
    ...(local ? { addressLocality: county.name } : {}),
    ...(p.locationScope !== "OUT_OF_PROVINCE" ? { addressRegion: county.province } : {}),
    addressCountry: "CN",
  };
}

export function jobPostingJsonLd(p: JobPosting & { employer: Employer }, county: { name: string; province: string }) {
  const description = [
    `${JOB_KIND_LABELS[p.kind]}，招聘 ${p.openings} 人。`,
    `薪酬：${payText(p)}。福利：${benefitsText(p)}。`,
    `工作时间：${p.hours}。`,
    p.skills ? `技能要求：${p.skills}。` : "",
    `工作地点：${placeOfWorkText(p)}。`,
    `报名：${p.applyContact}，电话 ${p.applyPhone}，地点 ${p.applyPlace}。`,
  ].join("");
  return {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    identifier: { "@type": "PropertyValue", name: "Sunboard", value: p.id },
    title: p.title,
    description,
    datePosted: p.validFrom,
    validThrough: `${p.validUntil}T23:59:59+08:00`,
    employmentType: employmentType[p.kind],
    hiringOrganization: { "@type": "Organization", name: p.employer.name },
    ...(p.homeBased ? { jobLocationType: "TELECOMMUTE" } : {}),
    // Home-based work and organized labour export are for the county's residents.
    ...(p.homeBased || p.kind === "LABOUR_EXPORT"
      ? { applicantLocationRequirements: { "@type": "AdministrativeArea", name: `${county.province}${county.name}` } }
      : {}),
    jobLocation: { "@type": "Place", address: jobAddress(p, county) },
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "CNY",
      value: {
        "@type": "QuantitativeValue",
        minValue: Number(yuan(p.payMin)),
        maxValue: Number(yuan(p.payMax)),
        unitText: "MONTH",
      },
    },
    totalJobOpenings: p.openings,
    ...(p.education ? { educationRequirements: p.education } : {}),
    ...(p.skills ? { skills: p.skills } : {}),
    workHours: p.hours,
  };
}

export function courseJsonLd(c: TrainingCourse) {
  return {
    "@context": "https://schema.org/",
    "@type": "Course",
    identifier: c.id,
    name: c.title,
    description: `${TRADE_LABELS[c.trade]}技能培训，${c.sessions}。报名条件：${c.eligibility}。`,
    provider: { "@type": "Organization", name: c.provider },
    ...(c.certificate ? { educationalCredentialAwarded: c.certificate } : {}),
    offers: { "@type": "Offer", price: yuan(c.cost), priceCurrency: "CNY", category: c.cost === 0 ? "Free" : "Paid" },
    hasCourseInstance: {
      "@type": "CourseInstance",
      courseMode: "Onsite",
      startDate: c.startsOn,
      endDate: c.endsOn,
      courseSchedule: { "@type": "Schedule", description: c.sessions },
      location: { "@type": "Place", name: c.place },
    },
  };
}
