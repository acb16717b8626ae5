import sharp from "sharp";
import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { gridWorkerRange } from "../../api/rosters/rules.ts";
import {
  addPosting,
  addStaffPosting,
  createBuilding,
  createGrid,
  endStaffPosting,
  uploadPersonPhoto,
} from "../../api/rosters/service.ts";
import { at } from "./calendar.ts";
import { personName } from "./people.ts";
import { COMMUNITIES, COUNTIES } from "./places.ts";

/**
 * Demo rosters (示例数据): for every community, grids sized by the rules (residents' groups of
 * about 100 households inside the county-seat planning area and 40 outside it, [000] 二(一); at
 * most 300 households a grid, one grid worker per 2–4 groups, [000] 二(三)1), a building head for
 * every building of about 60 households, four service-centre windows, and two more members for
 * the owners' committees, which demo.ts leaves at three (the rule is an odd number of 5–11).
 * History: 阳光 replaced a grid worker on 2026-03-01 and 富民 a building head on 2025-09-01.
 * Photos are generated placeholder silhouettes, never a real person.
 */

const PLACEHOLDER_HUES = [12, 48, 96, 150, 200, 240, 280, 320];
const placeholders = new Map<number, string>();

/** A head-and-shoulders silhouette on a coloured ground, as PNG Base64; one per hue, made once. */
async function placeholder(n: number): Promise<string> {
  const hue = PLACEHOLDER_HUES[n % PLACEHOLDER_HUES.length] ?? 0;
  const cached = placeholders.get(hue);
  if (cached) return cached;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="300"><rect width="240" height="300" fill="hsl(${hue},35%,86%)"/><circle cx="120" cy="115" r="52" fill="hsl(${hue},22%,52%)"/><path d="M30 300 C30 215 70 185 120 185 C170 185 210 215 210 300 Z" fill="hsl(${hue},22%,52%)"/></svg>`;
  const png = (await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()).toString("base64");
  placeholders.set(hue, png);
  return png;
}

const SERVICE_WINDOWS = [
  ["综合受理窗口", "1 号窗口", "户籍、居住证明、证照办理等事项一窗受理"],
  ["就业服务专员", "2 号窗口", "求职登记、岗位推荐、技能培训报名和补贴申请"],
  ["社会救助专员", "3 号窗口", "低保、临时救助、残疾人补贴的受理和政策解答"],
  ["社保医保专员", "4 号窗口", "城乡居民医保、养老保险参保缴费和异地接续"],
] as const;

const split = (total: number, parts: number) =>
  Array.from({ length: parts }, (_, k) => Math.floor(total / parts) + (k < total % parts ? 1 : 0));

export async function seedRosters(db: Db, staff: Viewer): Promise<number> {
  const created = at("2024-02-20T10:00:00");
  for (const [i, spec] of COMMUNITIES.entries()) {
    const community = await db.community.findUniqueOrThrow({
      where: { code: spec.code },
      include: { township: { include: { county: true } }, organizations: { include: { postings: true } } },
    });
    const area = COUNTIES.find((c) => c.code === community.township.county.code)?.phoneArea ?? "0855";
    let person = 20;
    const photo = async (name: string, post: string) =>
      (
        await uploadPersonPhoto(
          db,
          staff,
          {
            communityCode: spec.code,
            altText: `${post}${name}的照片（示例占位图，非真人）`,
            mimeType: "image/png",
            dataBase64: await placeholder(person),
          },
          created,
        )
      ).id;
    const next = () => personName(i, person++);
    const phone = (k: number) => `${area}-67${String(20000 + i * 97 + k).padStart(5, "0")}`;

    // Photos for the members of the bodies demo.ts posted (set here, as part of the same demo roster).
    for (const org of community.organizations) {
      for (const p of org.postings) {
        await db.memberPosting.update({ where: { id: p.id }, data: { photoId: await photo(p.name, p.role) } });
      }
    }
    const owners = community.organizations.find((o) => o.kind === "OWNERS_COMMITTEE");
    if (owners) {
      for (const duties of ["监督维修资金使用和公共部位维护", "组织业主开展文明楼栋评比"]) {
        const name = next();
        await addPosting(db, staff, {
          organizationId: owners.id,
          name,
          role: "委员",
          duties,
          startedOn: "2024-06-16",
          sortOrder: owners.postings.length + 1,
          photoId: await photo(name, "委员"),
        });
      }
    }

    const groupSize = spec.placement === "INSIDE_PLANNING_AREA" ? 100 : 40;
    const groupCount = Math.ceil(spec.households / groupSize);
    const gridCount = Math.ceil(spec.households / 270);
    const groups = split(groupCount, gridCount);
    const households = split(spec.households, gridCount);
    const buildingCount = Math.ceil(spec.households / 60);
    const buildingsPerGrid = split(buildingCount, gridCount);
    let firstGroup = 1;
    let firstBuilding = 1;
    for (let g = 0; g < gridCount; g++) {
      const groupsHere = groups[g] ?? 1;
      const buildingsHere = buildingsPerGrid[g] ?? 1;
      const lastGroup = firstGroup + groupsHere - 1;
      const lastBuilding = firstBuilding + buildingsHere - 1;
      const grid = await createGrid(
        db,
        staff,
        {
          communityCode: spec.code,
          name: `第${"一二三四五六七八九十"[g]}网格`,
          area: `第 ${firstGroup}${lastGroup > firstGroup ? `–${lastGroup}` : ""} 居民小组，${firstBuilding}–${lastBuilding} 栋`,
          residentsGroups: groupsHere,
          households: households[g] ?? 1,
          sortOrder: g,
        },
        created,
      );
      /** A grid leader (w = -1) or the w-th grid worker, with a photo and a duty phone. */
      const onGrid = async (w: number, startedOn = "2024-03-01", replacesId: string | null = null) => {
        const name = next();
        const leads = w < 0;
        return addStaffPosting(
          db,
          staff,
          {
            communityCode: spec.code,
            kind: leads ? "GRID_LEADER" : "GRID_WORKER",
            gridId: grid.id,
            name,
            title: leads ? "网格长" : "专职网格员",
            duties: leads
              ? "统筹网格内走访、矛盾调解和安全隐患排查，每周召开网格例会"
              : "入户走访、信息采集、政策宣传，代办居民事项并及时上报问题",
            publicPhone: phone(g * 10 + w + 1),
            photoId: await photo(name, leads ? "网格长" : "网格员"),
            startedOn,
            sortOrder: Math.max(w, 0),
            replacesId,
          },
          startedOn === "2024-03-01" ? created : at(`${startedOn}T09:00:00`),
        );
      };
      await onGrid(-1);
      const range = gridWorkerRange(groupsHere);
      const workers = groupsHere >= 4 ? (range.max ?? range.min) : range.min;
      const posted = [];
      for (let w = 0; w < workers; w++) posted.push(await onGrid(w));
      if (spec.code === "RJ-YANGGUANG" && g === 0 && posted[0]) {
        // The worker who moved to the service centre stays on record beside her successor.
        await onGrid(8, "2026-03-01", posted[0].id);
      }
      for (let b = firstBuilding; b <= lastBuilding; b++) {
        const building = await createBuilding(
          db,
          staff,
          { communityCode: spec.code, gridId: grid.id, name: `${b} 栋`, households: 60, sortOrder: b },
          created,
        );
        const head = (startedOn: string) =>
          addStaffPosting(
            db,
            staff,
            {
              communityCode: spec.code,
              kind: "BUILDING_HEAD",
              buildingId: building.id,
              name: next(),
              title: "楼长",
              duties: "楼栋卫生、安全巡查，收集本楼居民诉求并转交网格员",
              startedOn,
            },
            created,
          );
        if (spec.code === "RJ-FUMIN" && b === 1) {
          const first = await head("2024-03-01");
          await endStaffPosting(db, staff, { id: first.id, endedOn: "2025-09-01", reason: "本人外出务工，申请辞去楼长" });
          await head("2025-09-15");
        } else {
          await head("2024-03-01");
        }
      }
      firstGroup = lastGroup + 1;
      firstBuilding = lastBuilding + 1;
    }

    for (const [k, [title, counter, duties]] of SERVICE_WINDOWS.entries()) {
      const name = next();
      await addStaffPosting(
        db,
        staff,
        {
          communityCode: spec.code,
          kind: "SERVICE_STAFF",
          name,
          title,
          duties,
          counter,
          publicPhone: phone(90 + k),
          photoId: await photo(name, title),
          startedOn: "2023-07-01",
          sortOrder: k,
        },
        created,
      );
    }
  }
  return 0;
}
