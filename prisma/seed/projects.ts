import { crc32, deflateSync } from "node:zlib";
import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { linkDecision } from "../../api/decisions/service.ts";
import { addProjectPhoto } from "../../api/projects/photos.ts";
import {
  type CreateFundedProjectInput,
  createFundedProject,
  linkProjectEntry,
  type ProjectStageInput,
  recordProjectStage,
} from "../../api/projects/service.ts";
import { at } from "./calendar.ts";
import { WORKSHOP_DECISION } from "./decisions.ts";

/**
 * Demo funded projects (示例数据), loaded through the services so each stage is published as a
 * notice. 特和's door-entry replacement is the one its supervision committee queried in the August
 * books (no price comparison): here it is a whole project, from approval to final accounts, with
 * the August expense linked. 富民's east–west cooperation (东西部协作) workshop is under way, paid by
 * the county directly (nothing passes through the community's books yet); 铜锣湾's donated activity
 * room has been accepted and awaits its final accounts. Organizations and people are invented.
 */
interface ProjectSpec {
  project: CreateFundedProjectInput;
  stages: (Omit<ProjectStageInput, "projectId" | "date"> & { date: string })[];
  /** Photos, drawn here as plain pictures (示例): what they show, when, and a sky and ground colour. */
  photos?: { caption: string; takenOn: string; sky: [number, number, number]; ground: [number, number, number] }[];
  /** The subject of the demo's 四议两公开 decision that approved it (prisma/seed/decisions.ts). */
  decision?: string;
  /** Expenses already in the demo books that were spent on it: month and a word of their description. */
  entries: { month: string; description: string }[];
}

const PROJECTS: ProjectSpec[] = [
  {
    project: {
      communityCode: "RJ-TEHE",
      name: "2栋、5栋单元门禁系统更换",
      funderKind: "FISCAL",
      funderName: "榕江县财政局（为民服务专项经费）",
      approvedOn: "2026-07-20",
      budget: "7000.00",
      approvedBy: "社区“两委”联席会议",
      note: "2栋、5栋单元门禁老化失灵，更换为刷卡及人脸识别门禁各 2 套。",
    },
    stages: [
      { kind: "PROCUREMENT", date: "2026-08-03", method: "SMALL_DIRECT", party: "县城安防工程部", amount: "6500.00" },
      { kind: "START", date: "2026-08-05" },
      { kind: "ACCEPTANCE", date: "2026-08-20", party: "社区居务监督委员会、2栋和5栋楼长", result: "PASSED" },
      {
        kind: "FINAL_ACCOUNTS",
        date: "2026-08-28",
        amount: "6500.00",
        note: "监委会指出未附比价记录；今后 3000 元以上的维修先比价、再施工。",
      },
    ],
    entries: [{ month: "2026-08", description: "单元门禁" }],
  },
  {
    decision: WORKSHOP_DECISION,
    project: {
      communityCode: "RJ-FUMIN",
      name: "东西部协作帮扶车间厂房改造",
      funderKind: "PAIRING",
      funderName: "东西部协作财政帮扶资金",
      approvedOn: "2026-04-15",
      budget: "860000.00",
      approvedBy: "榕江县乡村振兴局",
      note: "改造社区一层闲置厂房 1200 平方米，建成扶贫车间（来料加工、刺绣），可吸纳 80 人居家就近就业。资金由县乡村振兴局直接拨付承建单位。",
    },
    stages: [
      {
        kind: "PROCUREMENT",
        date: "2026-05-20",
        method: "PUBLIC_TENDER",
        party: "黔东南锦程建设工程有限公司",
        amount: "835000.00",
      },
      { kind: "START", date: "2026-06-01" },
      { kind: "PROGRESS", date: "2026-08-01", percentComplete: 40, note: "主体改造完成，开始水电安装。" },
      { kind: "PROGRESS", date: "2026-10-15", percentComplete: 75, note: "水电安装完成，正在地面和消防施工。" },
    ],
    entries: [],
    photos: [
      { caption: "厂房改造前（示例图片）", takenOn: "2026-05-28", sky: [170, 200, 230], ground: [150, 140, 120] },
      { caption: "主体改造完成（示例图片）", takenOn: "2026-08-01", sky: [140, 190, 240], ground: [200, 200, 190] },
    ],
  },
  {
    project: {
      communityCode: "SC-TONGLUOWAN",
      name: "社区儿童活动室捐建",
      funderKind: "DONATION",
      funderName: "石城县慈善总会（爱心企业定向捐赠）",
      approvedOn: "2026-05-08",
      budget: "48000.00",
      approvedBy: "石城县慈善总会",
      note: "改造社区服务中心二楼房间为儿童活动室，配置图书、桌椅和益智玩具。",
    },
    stages: [
      { kind: "PROCUREMENT", date: "2026-05-25", method: "INQUIRY", party: "石城县家具城", amount: "45600.00" },
      { kind: "START", date: "2026-06-02" },
      { kind: "PROGRESS", date: "2026-06-20", percentComplete: 60 },
      { kind: "ACCEPTANCE", date: "2026-07-10", party: "社区居务监督委员会、捐赠方代表", result: "PASSED" },
    ],
    entries: [],
  },
];

/** A small PNG of two colour bands: a stand-in photo, so the demo needs no image files. */
function demoPng(sky: readonly number[], ground: readonly number[], width = 1600, height = 1000): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.from([0, ...Array.from({ length: width }, () => (y < height * 0.6 ? sky : ground)).flat()]),
  );
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return png.toString("base64");
}

export async function seedProjects(db: Db, staff: Viewer): Promise<number> {
  let published = 0;
  for (const spec of PROJECTS) {
    // The county catalogue's item these notices fulfil (prisma/seed/catalogue.ts adds it to every county's).
    const item = await db.catalogueItem.findFirstOrThrow({
      where: { name: "资助项目全程公开", county: { code: spec.project.communityCode.slice(0, 2) } },
    });
    const input = { ...spec.project, catalogueItemId: item.id };
    const project = await createFundedProject(db, staff, input, at(`${spec.project.approvedOn}T10:00:00`));
    published += 1;
    if (spec.decision) {
      const decision = await db.decision.findFirstOrThrow({
        where: { subject: spec.decision, community: { code: spec.project.communityCode } },
      });
      await linkDecision(db, staff, { decisionId: decision.id, projectId: project.id });
    }
    for (const stage of spec.stages) {
      await recordProjectStage(db, staff, { projectId: project.id, ...stage }, at(`${stage.date}T16:00:00`));
      published += 1;
    }
    for (const photo of spec.photos ?? []) {
      const dataBase64 = demoPng(photo.sky, photo.ground);
      const input = { projectId: project.id, caption: photo.caption, takenOn: photo.takenOn, mimeType: "image/png", dataBase64 };
      await addProjectPhoto(db, staff, input, at(`${photo.takenOn}T17:00:00`));
    }
    for (const e of spec.entries) {
      const entry = await db.ledgerEntry.findFirstOrThrow({
        where: {
          period: { community: { code: spec.project.communityCode }, month: e.month },
          description: { contains: e.description },
        },
      });
      await linkProjectEntry(db, staff, { projectId: project.id, entryId: entry.id }, at(`${e.month}-28T17:00:00`));
    }
  }
  return published;
}
