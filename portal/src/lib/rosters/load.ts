import { query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { perCommunity } from "~/lib/paths.ts";
import { CommunityRoster, CommunityRosterHistory, RosterPhotoFiles } from "./queries.ts";

export type Roster = NonNullable<ResultOf<typeof CommunityRoster>["community"]>;
export type RosterPerson = Roster["serviceStaff"][number];

/** A community's roster as of the build: bodies, grids, building heads and service-centre staff in office. */
export async function loadRoster(code: string): Promise<Roster> {
  return present((await query(CommunityRoster, { code })).community, code);
}

/** Every posting a community has had, in office or ended. */
export async function loadRosterHistory(code: string) {
  return present((await query(CommunityRosterHistory, { code })).community, code);
}

/** Width of the copy of a person's photo the page shows; made at build time, the only copy published. */
export const PERSON_PHOTO_WIDTH = 160;

/** The file name of a photo's page-sized copy: /c/<code>/people/photos/<sha256>-160.webp */
export const personPhotoName = (sha256: string) => `${sha256}-${PERSON_PHOTO_WIDTH}.webp`;

const photoCache = new Map<string, Promise<Map<string, string>>>();

/** The photos of the people on a community's roster today, one per SHA-256; read once per build. */
export function loadRosterPhotos(code: string): Promise<Map<string, string>> {
  let found = photoCache.get(code);
  if (!found) {
    found = query(RosterPhotoFiles, { code }).then((r) => {
      const c = present(r.community, code);
      const people = [
        ...c.organizations.flatMap((o) => o.postings),
        ...c.grids.flatMap((g) => [...g.leader, ...g.workers]),
        ...c.serviceStaff,
        ...c.buildings.flatMap((b) => b.heads),
      ];
      const photos = new Map<string, string>();
      for (const p of people) if (p.photo) photos.set(p.photo.sha256, p.photo.dataBase64);
      return photos;
    });
    photoCache.set(code, found);
  }
  return found;
}

/** getStaticPaths of the photo files: each community's roster photos, resized. */
export async function rosterPhotoPaths() {
  const communities = await perCommunity();
  const perCode = await Promise.all(
    communities.map(async ({ params }) =>
      [...(await loadRosterPhotos(params.code)).keys()].map((sha) => ({ params: { ...params, file: personPhotoName(sha) } })),
    ),
  );
  return perCode.flat();
}
