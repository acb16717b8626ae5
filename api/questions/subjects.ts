import type { Db } from "../db/client.ts";

/** A community a subject belongs to, as far as questions need it. */
export interface SubjectCommunity {
  id: string;
  code: string;
  name: string;
}

/** What a question's page and the answering community need to know about its subject. */
export interface SubjectInfo {
  /** The communities it is published in: the asker picks one where there are several. */
  communities: SubjectCommunity[];
  /** How residents recognise it, e.g. 2026年3月财务公开 or the disclosure's title. */
  title: string;
  /** Its portal page, e.g. /c/RJ-FUMIN/finance/2026-03/ (a subject published in several communities has one page). */
  path: string;
}

/** One kind of subject: its label, and how to load a batch of public subjects by id (absent: no such public record). */
export interface SubjectKind {
  label: string;
  load: (db: Db, ids: string[]) => Promise<Map<string, SubjectInfo>>;
}

const COMMUNITY = { select: { id: true, code: true, name: true } } as const;

/**
 * What a resident may ask about: one entry per kind of published record. Kinds are stored as
 * strings (Question.subjectKind) and validated against this registry, so a domain that wants a
 * questions block on its pages (assistance lists and their rows, Party member-development notices
 * …) adds its entry here and needs no migration. Only public records load: a draft, an open month
 * of the books or a decision with no stage yet is "no such subject".
 */
export const SUBJECT_KINDS = {
  DISCLOSURE: {
    label: "公开事项",
    load: async (db, ids) => {
      const rows = await db.disclosure.findMany({
        where: { id: { in: ids }, status: { not: "DRAFT" } },
        select: { id: true, title: true, targets: { select: { community: COMMUNITY } } },
      });
      return new Map(
        rows.map((d) => [d.id, { communities: d.targets.map((t) => t.community), title: d.title, path: `/d/${d.id}/` }]),
      );
    },
  },
  FINANCE_PERIOD: {
    label: "财务公开（月度）",
    load: async (db, ids) => {
      const rows = await db.financePeriod.findMany({
        where: { id: { in: ids }, status: "PUBLISHED" },
        select: { id: true, month: true, community: COMMUNITY },
      });
      return new Map(
        rows.map((p) => [
          p.id,
          {
            communities: [p.community],
            title: `${Number(p.month.slice(0, 4))}年${Number(p.month.slice(5, 7))}月财务公开`,
            path: `/c/${p.community.code}/finance/${p.month}/`,
          },
        ]),
      );
    },
  },
  FEE_ITEM: {
    label: "收费项目",
    load: async (db, ids) => {
      const rows = await db.feeItem.findMany({
        where: { id: { in: ids } },
        select: { id: true, code: true, name: true, community: COMMUNITY },
      });
      return new Map(
        rows.map((f) => [f.id, { communities: [f.community], title: f.name, path: `/c/${f.community.code}/fees/${f.code}/` }]),
      );
    },
  },
  DECISION: {
    label: "重大事项决策",
    load: async (db, ids) => {
      const rows = await db.decision.findMany({
        where: { id: { in: ids }, stages: { some: {} } },
        select: { id: true, subject: true, community: COMMUNITY },
      });
      return new Map(
        rows.map((d) => [
          d.id,
          { communities: [d.community], title: d.subject, path: `/c/${d.community.code}/decisions/${d.id}/` },
        ]),
      );
    },
  },
  PROJECT: {
    label: "资助项目",
    load: async (db, ids) => {
      const rows = await db.fundedProject.findMany({
        where: { id: { in: ids }, stages: { some: {} } },
        select: { id: true, name: true, community: COMMUNITY },
      });
      return new Map(
        rows.map((p) => [p.id, { communities: [p.community], title: p.name, path: `/c/${p.community.code}/projects/${p.id}/` }]),
      );
    },
  },
  ASSISTANCE_LIST: {
    label: "救助和帮扶名单",
    load: async (db, ids) => {
      const rows = await db.assistanceList.findMany({
        where: { id: { in: ids } },
        select: { id: true, disclosure: { select: { title: true } }, community: COMMUNITY },
      });
      return new Map(
        rows.map((l) => [
          l.id,
          { communities: [l.community], title: l.disclosure.title, path: `/c/${l.community.code}/assistance/${l.id}/` },
        ]),
      );
    },
  },
  // An objection to one household on a list: named by its place on the list, never by its name.
  ASSISTANCE_ROW: {
    label: "救助名单中的一户",
    load: async (db, ids) => {
      const rows = await db.assistanceRow.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          sequence: true,
          list: { select: { id: true, disclosure: { select: { title: true } }, community: COMMUNITY } },
        },
      });
      return new Map(
        rows.map((r) => [
          r.id,
          {
            communities: [r.list.community],
            title: `${r.list.disclosure.title} 第 ${r.sequence} 户`,
            path: `/c/${r.list.community.code}/assistance/${r.list.id}/#row-${r.id}`,
          },
        ]),
      );
    },
  },
  PARTY_NOTICE: {
    label: "发展党员公示",
    load: async (db, ids) => {
      const rows = await db.partyDevelopmentNotice.findMany({
        where: { id: { in: ids } },
        select: { id: true, disclosure: { select: { title: true } }, community: COMMUNITY },
      });
      return new Map(
        rows.map((n) => [
          n.id,
          { communities: [n.community], title: n.disclosure.title, path: `/c/${n.community.code}/party/notices/${n.id}/` },
        ]),
      );
    },
  },
} as const satisfies Record<string, SubjectKind>;

export type SubjectKindCode = keyof typeof SUBJECT_KINDS;

export const SUBJECT_KIND_LABELS = Object.fromEntries(Object.entries(SUBJECT_KINDS).map(([k, v]) => [k, v.label])) as Record<
  SubjectKindCode,
  string
>;

export const isSubjectKind = (kind: string): kind is SubjectKindCode => Object.hasOwn(SUBJECT_KINDS, kind);

/** The subjects of many questions at once: one query per kind present. Keys are `${kind}:${id}`. */
export async function loadSubjects(
  db: Db,
  refs: { subjectKind: string; subjectId: string }[],
): Promise<Map<string, SubjectInfo>> {
  const byKind = new Map<SubjectKindCode, Set<string>>();
  for (const r of refs) {
    if (!isSubjectKind(r.subjectKind)) continue;
    const ids = byKind.get(r.subjectKind) ?? new Set();
    ids.add(r.subjectId);
    byKind.set(r.subjectKind, ids);
  }
  const found = new Map<string, SubjectInfo>();
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const kindDef: SubjectKind = SUBJECT_KINDS[kind];
      for (const [id, info] of await kindDef.load(db, [...ids])) found.set(`${kind}:${id}`, info);
    }),
  );
  return found;
}
