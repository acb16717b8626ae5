import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { ORGANIZATION_KIND_LABELS, PARTY_LEVEL_LABELS } from "../communities/labels.ts";
import { inOfficeOn, notEndedBy } from "../communities/postings.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { Building, Grid, MemberPosting, Organization, PersonPhoto, StaffPosting } from "../db/generated/client.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { checkedImage, imageUploadFields, withoutMetadata } from "../images.ts";
import { isoDate, todayInShanghai } from "../periods.ts";
import { dutyPhone, enumOf, optionalText, parseInput, patchOf, requiredText } from "../validation.ts";
import { STAFF_POST_KIND_LABELS } from "./labels.ts";
import { gridWorkerRange, partyMembersProblem, RULES, rangeText, rosterRule } from "./rules.ts";

/** A photo on a roster is small: a head-and-shoulders picture, resized again at build time. */
export const PERSON_PHOTO_MAX_BYTES = 1024 * 1024;

const reason = z.string().trim().min(4, "请说明原因（至少 4 个字）").max(500, "原因不能超过 500 个字");
const phone = dutyPhone;
const count = (label: string, min = 0) =>
  z.number().int(`${label}应为整数`).min(min, `${label}不能小于 ${min}`).max(100_000, `${label}过大`);
const fail = (field: string, message: string) => new ValidationError([{ field, message }]);

// ───────────── Organizations

const organizationFields = z.object({
  name: requiredText("组织名称", 100),
  partyLevel: enumOf(PARTY_LEVEL_LABELS, "党组织层级").nullish(),
  memberCount: count("党员人数").nullish(),
});
const createOrganizationInput = z
  .object({ communityCode: requiredText("社区代码", 50), kind: enumOf(ORGANIZATION_KIND_LABELS, "组织类型") })
  .and(organizationFields);
const updateOrganizationArgs = z.object({ id: z.string(), input: patchOf(organizationFields) });

export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;
export type UpdateOrganizationArgs = z.input<typeof updateOrganizationArgs>;

/** A Party organization has a level and its full members, which must fit the level; no other body has either. */
function checkParty(
  kind: Organization["kind"],
  level: Organization["partyLevel"] | undefined,
  members: number | null | undefined,
  root: string,
) {
  if (kind !== "PARTY_ORGANIZATION") {
    if (level) throw fail(`${root}.partyLevel`, "只有党组织填写党组织层级");
    if (members != null) throw fail(`${root}.memberCount`, "只有党组织填写党员人数");
    return;
  }
  if (!level) throw fail(`${root}.partyLevel`, "党组织应填写层级：党支部、党总支或党委");
  if (members == null) throw fail(`${root}.memberCount`, "党组织应填写正式党员人数");
  const problem = partyMembersProblem(level, members);
  if (problem) throw fail(`${root}.memberCount`, problem);
}

/** Adds a body to a community: one of each kind. Its members are added one by one as postings. */
export async function createOrganization(db: Db, _viewer: Viewer, raw: CreateOrganizationInput): Promise<Organization> {
  const input = parseInput(createOrganizationInput, raw);
  checkParty(input.kind, input.partyLevel, input.memberCount, "input");
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw fail("input.communityCode", `社区不存在：${input.communityCode}`);
    if (await tx.organization.findUnique({ where: { communityId_kind: { communityId: community.id, kind: input.kind } } })) {
      throw new StateConflictError("ORGANIZATION_EXISTS", `本社区已有${ORGANIZATION_KIND_LABELS[input.kind]}`);
    }
    return tx.organization.create({
      data: {
        communityId: community.id,
        kind: input.kind,
        name: input.name,
        partyLevel: input.partyLevel ?? null,
        memberCount: input.memberCount ?? null,
      },
    });
  });
}

/**
 * Changes a body's name, or a Party organization's level and membership (a branch that grows
 * past 50 members becomes a general branch). The level's committee size is then checked against
 * the members in office, so a level change never leaves the committee too large for it.
 */
export async function updateOrganization(
  db: Db,
  _viewer: Viewer,
  args: UpdateOrganizationArgs,
  at = new Date(),
): Promise<Organization> {
  const { id, input } = parseInput(updateOrganizationArgs, args, "");
  return inTransaction(db, async (tx) => {
    const org = await tx.organization.findUnique({ where: { id } });
    if (!org) throw new NotFoundError(id, "组织不存在");
    const level = input.partyLevel === undefined ? org.partyLevel : input.partyLevel;
    const members = input.memberCount === undefined ? org.memberCount : input.memberCount;
    checkParty(org.kind, level, members, "input");
    const rule = rosterRule({ kind: org.kind, partyLevel: level });
    if (rule?.max != null && input.partyLevel) {
      const inOffice = await tx.memberPosting.count({ where: { organizationId: id, ...notEndedBy(todayInShanghai(at)) } });
      if (inOffice > rule.max) {
        throw fail(
          "input.partyLevel",
          `${PARTY_LEVEL_LABELS[input.partyLevel]}委员会应为${rangeText(rule)}，现有 ${inOffice} 人在任`,
        );
      }
    }
    return tx.organization.update({
      where: { id },
      data: { name: input.name, partyLevel: level ?? null, memberCount: members ?? null },
    });
  });
}

// ───────────── Photos

const photoInput = z.object({
  communityCode: requiredText("社区代码", 50),
  altText: requiredText("照片说明", 100),
  ...imageUploadFields("照片", PERSON_PHOTO_MAX_BYTES),
});
export type UploadPersonPhotoInput = z.input<typeof photoInput>;

/**
 * Stores a person's photo for a community's rosters, without the metadata a phone writes into it,
 * with its SHA-256; never changed afterwards.
 */
export async function uploadPersonPhoto(
  db: Db,
  viewer: Viewer,
  raw: UploadPersonPhotoInput,
  at = new Date(),
): Promise<PersonPhoto> {
  const input = parseInput(photoInput, raw);
  checkedImage("照片", input);
  const image = checkedImage("照片", await withoutMetadata("照片", input));
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw fail("input.communityCode", `社区不存在：${input.communityCode}`);
    return tx.personPhoto.create({
      data: { communityId: community.id, altText: input.altText, ...image, createdAt: at, createdByName: viewer.name },
    });
  });
}

async function checkPhoto(tx: Tx, photoId: string | null | undefined, communityId: string, field: string) {
  if (!photoId) return null;
  const photo = await tx.personPhoto.findUnique({ where: { id: photoId } });
  if (!photo || photo.communityId !== communityId) throw fail(field, "照片不存在或不属于本社区");
  return photo.id;
}

// ───────────── Terms of office

/** The posting a new one takes over (接任): it ends, with that reason, the day the new one starts. */
const replaces = z.string().trim().nullish();

/**
 * Ends the posting a newcomer replaces, in the newcomer's transaction, so a body or grid at its
 * limit can change hands without passing through a count outside its rule.
 */
async function endReplaced<P extends { id: string; startedOn: string; endedOn: string | null }>(
  replaced: P | null,
  belongs: (p: P) => boolean,
  startedOn: string,
  successor: string,
  end: (id: string, data: { endedOn: string; endReason: string }) => Promise<unknown>,
) {
  if (!replaced || !belongs(replaced)) throw fail("input.replacesId", "被接替的任职不存在，或不是同一岗位");
  if (replaced.endedOn && replaced.endedOn <= startedOn)
    throw fail("input.replacesId", `被接替的任职已于 ${replaced.endedOn} 结束`);
  if (replaced.startedOn >= startedOn)
    throw fail("input.startedOn", `接任日期应晚于被接替者的任职开始日期 ${replaced.startedOn}`);
  await end(replaced.id, { endedOn: startedOn, endReason: `由${successor}接任` });
}

const endArgs = z.object({ id: z.string(), endedOn: isoDate("离任日期"), reason });

/** The term ends on `endedOn`, its first day out of office: after the day it started. */
function checkEnd(posting: { startedOn: string; endedOn: string | null }, endedOn: string) {
  if (posting.endedOn) throw new StateConflictError("POSTING_ENDED", `该任职已于 ${posting.endedOn} 结束`);
  if (endedOn <= posting.startedOn) throw fail("endedOn", `离任日期应晚于任职开始日期 ${posting.startedOn}`);
}

// ───────────── Members of a body

const memberFields = z.object({
  name: requiredText("姓名", 30),
  role: requiredText("职务", 30),
  duties: requiredText("分工职责", 300),
  publicPhone: phone,
  photoId: z.string().trim().nullish(),
  sortOrder: z.number().int("排序应为整数").nullish(),
});
const addPostingInput = z
  .object({ organizationId: requiredText("组织", 50), startedOn: isoDate("任职开始日期"), replacesId: replaces })
  .and(memberFields);
const correctPostingArgs = z.object({ id: z.string(), input: memberFields, reason });

export type AddPostingInput = z.input<typeof addPostingInput>;
export type EndPostingArgs = z.input<typeof endArgs>;
export type CorrectPostingArgs = z.input<typeof correctPostingArgs>;

/**
 * Adds a member to a body from a date. Refused when the body would then have more members than
 * its size rule allows; a body below its minimum may be built up one member at a time.
 */
export async function addPosting(db: Db, _viewer: Viewer, raw: AddPostingInput): Promise<MemberPosting> {
  const input = parseInput(addPostingInput, raw);
  return inTransaction(db, async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: input.organizationId } });
    if (!org) throw fail("input.organizationId", "组织不存在");
    if (input.replacesId) {
      await endReplaced(
        await tx.memberPosting.findUnique({ where: { id: input.replacesId }, include: { correctedBy: true } }),
        (p) => p.organizationId === org.id && !p.correctedBy,
        input.startedOn,
        input.name,
        (id, data) => tx.memberPosting.update({ where: { id }, data }),
      );
    }
    const rule = rosterRule(org);
    if (rule?.max != null) {
      const members = await tx.memberPosting.count({ where: { organizationId: org.id, ...notEndedBy(input.startedOn) } });
      if (members + 1 > rule.max) {
        throw fail(
          "input.organizationId",
          `${org.name}应为${rangeText(rule)}，已有 ${members} 人在任，不能再增加；请先办理离任，或注明接替的任职`,
        );
      }
    }
    return tx.memberPosting.create({
      data: {
        organizationId: org.id,
        name: input.name,
        role: input.role,
        duties: input.duties,
        publicPhone: input.publicPhone,
        photoId: await checkPhoto(tx, input.photoId, org.communityId, "input.photoId"),
        sortOrder: input.sortOrder ?? 0,
        startedOn: input.startedOn,
      },
    });
  });
}

/**
 * Ends a member's term: the posting stays as history with its reason, never deleted. Refused when
 * it would take a body that keeps its minimum below it — add the successor first.
 */
export async function endPosting(db: Db, _viewer: Viewer, args: EndPostingArgs): Promise<MemberPosting> {
  const { id, endedOn, reason: why } = parseInput(endArgs, args, "");
  return inTransaction(db, async (tx) => {
    const posting = await tx.memberPosting.findUnique({ where: { id }, include: { organization: true, correctedBy: true } });
    if (!posting) throw new NotFoundError(id, "任职记录不存在");
    if (posting.correctedBy) throw new StateConflictError("POSTING_CORRECTED", "该任职记录已更正，请对更正后的记录办理离任");
    checkEnd(posting, endedOn);
    const rule = rosterRule(posting.organization);
    if (rule) {
      const before = await tx.memberPosting.count({ where: { organizationId: posting.organizationId, ...inOfficeOn(endedOn) } });
      if (before >= rule.min && before - 1 < rule.min) {
        throw fail(
          "id",
          `${posting.organization.name}应为${rangeText(rule)}，离任后只剩 ${before - 1} 人；请先增补成员再办理离任`,
        );
      }
    }
    return tx.memberPosting.update({ where: { id }, data: { endedOn, endReason: why } });
  });
}

/**
 * Corrects a mistake in a posting (a misspelt name, a wrong duty). A published roster is a public
 * record, so the posting is not edited: a new posting with the corrected fields takes over its
 * term (same start and end, same account) and points at it; the old one stays on record with a
 * term of no days (endedOn = startedOn), so it is never counted as in office again.
 */
export async function correctPosting(db: Db, _viewer: Viewer, args: CorrectPostingArgs): Promise<MemberPosting> {
  const { id, input, reason: why } = parseInput(correctPostingArgs, args, "");
  return inTransaction(db, async (tx) => {
    const old = await tx.memberPosting.findUnique({ where: { id }, include: { organization: true, correctedBy: true } });
    if (!old) throw new NotFoundError(id, "任职记录不存在");
    if (old.correctedBy) throw new StateConflictError("POSTING_CORRECTED", "该任职记录已更正过，请更正最新的记录");
    const photoId = await checkPhoto(tx, input.photoId, old.organization.communityId, "input.photoId");
    await tx.memberPosting.update({ where: { id }, data: { endedOn: old.startedOn } });
    return tx.memberPosting.create({
      data: {
        organizationId: old.organizationId,
        name: input.name,
        role: input.role,
        duties: input.duties,
        publicPhone: input.publicPhone,
        photoId,
        sortOrder: input.sortOrder ?? old.sortOrder,
        startedOn: old.startedOn,
        endedOn: old.endedOn,
        endReason: old.endReason,
        userId: old.userId,
        correctsId: old.id,
        correctionReason: why,
      },
    });
  });
}

// ───────────── Grids and buildings

const gridFields = z.object({
  name: requiredText("网格名称", 50),
  area: requiredText("网格范围", 200),
  residentsGroups: count("居民小组数", 1),
  households: count("户数", 1).max(RULES.grid.maxHouseholds, `每个网格不超过 ${RULES.grid.maxHouseholds} 户`),
  sortOrder: z.number().int("排序应为整数").nullish(),
});
const createGridInput = z.object({ communityCode: requiredText("社区代码", 50) }).and(gridFields);
const updateGridArgs = z.object({ id: z.string(), input: patchOf(gridFields) });
const buildingInput = z.object({
  communityCode: requiredText("社区代码", 50),
  gridId: z.string().trim().nullish(),
  name: requiredText("楼栋名称", 50),
  households: count("户数", 1).nullish(),
  sortOrder: z.number().int("排序应为整数").nullish(),
});

export type CreateGridInput = z.input<typeof createGridInput>;
export type UpdateGridArgs = z.input<typeof updateGridArgs>;
export type CreateBuildingInput = z.input<typeof buildingInput>;

/** Adds a grid: at most 300 households (configurable); its leader and workers are staff postings. */
export async function createGrid(db: Db, viewer: Viewer, raw: CreateGridInput, at = new Date()): Promise<Grid> {
  const { communityCode, ...fields } = parseInput(createGridInput, raw);
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({ where: { code: communityCode } });
    if (!community) throw fail("input.communityCode", `社区不存在：${communityCode}`);
    if (await tx.grid.findUnique({ where: { communityId_name: { communityId: community.id, name: fields.name } } })) {
      throw fail("input.name", `本社区已有网格“${fields.name}”`);
    }
    return tx.grid.create({
      data: { ...fields, sortOrder: fields.sortOrder ?? 0, communityId: community.id, createdAt: at, createdByName: viewer.name },
    });
  });
}

/** Changes a grid's area, groups or households; fewer groups must still justify its workers in office. */
export async function updateGrid(db: Db, _viewer: Viewer, args: UpdateGridArgs, at = new Date()): Promise<Grid> {
  const { id, input } = parseInput(updateGridArgs, args, "");
  return inTransaction(db, async (tx) => {
    const grid = await tx.grid.findUnique({ where: { id } });
    if (!grid) throw new NotFoundError(id, "网格不存在");
    if (input.residentsGroups !== undefined) {
      const workers = await tx.staffPosting.count({
        where: { gridId: id, kind: "GRID_WORKER", ...notEndedBy(todayInShanghai(at)) },
      });
      const range = gridWorkerRange(input.residentsGroups);
      if (range.max !== null && workers > range.max) {
        throw fail(
          "input.residentsGroups",
          `${input.residentsGroups} 个居民小组最多配 ${range.max} 名网格员，现有 ${workers} 名在岗`,
        );
      }
    }
    return tx.grid.update({ where: { id }, data: { ...input, sortOrder: input.sortOrder ?? undefined } });
  });
}

/** Adds a building, in a grid of the same community if given; its building head is a staff posting. */
export async function createBuilding(db: Db, viewer: Viewer, raw: CreateBuildingInput, at = new Date()): Promise<Building> {
  const input = parseInput(buildingInput, raw);
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw fail("input.communityCode", `社区不存在：${input.communityCode}`);
    if (input.gridId) {
      const grid = await tx.grid.findUnique({ where: { id: input.gridId } });
      if (!grid || grid.communityId !== community.id) throw fail("input.gridId", "网格不存在或不属于本社区");
    }
    if (await tx.building.findUnique({ where: { communityId_name: { communityId: community.id, name: input.name } } })) {
      throw fail("input.name", `本社区已有楼栋“${input.name}”`);
    }
    return tx.building.create({
      data: {
        communityId: community.id,
        gridId: input.gridId ?? null,
        name: input.name,
        households: input.households ?? null,
        sortOrder: input.sortOrder ?? 0,
        createdAt: at,
        createdByName: viewer.name,
      },
    });
  });
}

// ───────────── Grid leaders and workers, building heads, service-centre staff

const staffInput = z.object({
  communityCode: requiredText("社区代码", 50),
  kind: enumOf(STAFF_POST_KIND_LABELS, "岗位类型"),
  gridId: z.string().trim().nullish(),
  buildingId: z.string().trim().nullish(),
  name: requiredText("姓名", 30),
  title: requiredText("岗位名称", 30),
  duties: requiredText("工作职责", 300),
  publicPhone: phone,
  counter: optionalText("服务窗口", 30),
  photoId: z.string().trim().nullish(),
  startedOn: isoDate("上岗日期"),
  replacesId: replaces,
  sortOrder: z.number().int("排序应为整数").nullish(),
});
export type AddStaffPostingInput = z.input<typeof staffInput>;
export type EndStaffPostingArgs = z.input<typeof endArgs>;

/**
 * Posts a grid leader or worker (to a grid), a building head (to a building) or a service-centre
 * staff member (to a window). A grid has one leader and a building one head at a time; a grid's
 * workers may not outnumber one per two residents' groups.
 */
export async function addStaffPosting(db: Db, viewer: Viewer, raw: AddStaffPostingInput, at = new Date()): Promise<StaffPosting> {
  const input = parseInput(staffInput, raw);
  const onGrid = input.kind === "GRID_LEADER" || input.kind === "GRID_WORKER";
  if (onGrid && !input.gridId) throw fail("input.gridId", `${STAFF_POST_KIND_LABELS[input.kind]}应选择所在网格`);
  if (!onGrid && input.gridId) throw fail("input.gridId", `${STAFF_POST_KIND_LABELS[input.kind]}不填写网格`);
  if (input.kind === "BUILDING_HEAD" && !input.buildingId) throw fail("input.buildingId", "楼长应选择所在楼栋");
  if (input.kind !== "BUILDING_HEAD" && input.buildingId) throw fail("input.buildingId", "只有楼长填写楼栋");
  if (input.kind !== "SERVICE_STAFF" && input.counter) throw fail("input.counter", "只有服务中心工作人员填写服务窗口");
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw fail("input.communityCode", `社区不存在：${input.communityCode}`);
    if (input.replacesId) {
      await endReplaced(
        await tx.staffPosting.findUnique({ where: { id: input.replacesId } }),
        (p) =>
          p.communityId === community.id &&
          p.kind === input.kind &&
          p.gridId === (input.gridId ?? null) &&
          p.buildingId === (input.buildingId ?? null),
        input.startedOn,
        input.name,
        (id, data) => tx.staffPosting.update({ where: { id }, data }),
      );
    }
    const open = notEndedBy(input.startedOn);
    let gridId: string | null = null;
    if (input.gridId) {
      const grid = await tx.grid.findUnique({ where: { id: input.gridId } });
      if (!grid || grid.communityId !== community.id) throw fail("input.gridId", "网格不存在或不属于本社区");
      gridId = grid.id;
      const holders = await tx.staffPosting.count({ where: { gridId, kind: input.kind, ...open } });
      if (input.kind === "GRID_LEADER" && holders > 0) {
        throw fail("input.gridId", `${grid.name}已有网格长在岗；请先办理离任，或注明接替的任职`);
      }
      const range = gridWorkerRange(grid.residentsGroups);
      if (input.kind === "GRID_WORKER" && range.max !== null && holders + 1 > range.max) {
        throw fail(
          "input.gridId",
          `${grid.name}有 ${grid.residentsGroups} 个居民小组，每名网格员负责 ${RULES.grid.groupsPerWorker.min}–${RULES.grid.groupsPerWorker.max} 个，最多配 ${range.max} 名网格员；接任的请注明接替的任职`,
        );
      }
    }
    let buildingId: string | null = null;
    if (input.buildingId) {
      const building = await tx.building.findUnique({ where: { id: input.buildingId } });
      if (!building || building.communityId !== community.id) throw fail("input.buildingId", "楼栋不存在或不属于本社区");
      buildingId = building.id;
      if (await tx.staffPosting.count({ where: { buildingId, kind: "BUILDING_HEAD", ...open } })) {
        throw fail("input.buildingId", `${building.name}已有楼长在岗；请先办理离任，或注明接替的任职`);
      }
    }
    return tx.staffPosting.create({
      data: {
        communityId: community.id,
        kind: input.kind,
        gridId,
        buildingId,
        name: input.name,
        title: input.title,
        duties: input.duties,
        publicPhone: input.publicPhone,
        counter: input.counter,
        photoId: await checkPhoto(tx, input.photoId, community.id, "input.photoId"),
        sortOrder: input.sortOrder ?? 0,
        startedOn: input.startedOn,
        createdAt: at,
        createdByName: viewer.name,
      },
    });
  });
}

/**
 * Ends a staff posting; it stays as history with its reason. A grid's last workers may not leave
 * below one per four residents' groups — post the successor first.
 */
export async function endStaffPosting(db: Db, _viewer: Viewer, args: EndStaffPostingArgs): Promise<StaffPosting> {
  const { id, endedOn, reason: why } = parseInput(endArgs, args, "");
  return inTransaction(db, async (tx) => {
    const posting = await tx.staffPosting.findUnique({ where: { id }, include: { grid: true } });
    if (!posting) throw new NotFoundError(id, "上岗记录不存在");
    checkEnd(posting, endedOn);
    if (posting.kind === "GRID_WORKER" && posting.grid) {
      const range = gridWorkerRange(posting.grid.residentsGroups);
      const before = await tx.staffPosting.count({
        where: { gridId: posting.grid.id, kind: "GRID_WORKER", ...inOfficeOn(endedOn) },
      });
      if (before >= range.min && before - 1 < range.min) {
        throw fail("id", `${posting.grid.name}至少应有 ${range.min} 名网格员，离任后只剩 ${before - 1} 名；请先安排接任的网格员`);
      }
    }
    return tx.staffPosting.update({ where: { id }, data: { endedOn, endReason: why } });
  });
}
