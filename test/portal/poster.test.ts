import jsQR from "jsqr";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { BrowserContext } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../portal/src/lib/site.ts";
import { BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

/** The publication day as residents read it, in Beijing time: "2026年11月3日". */
const dayOf = (at: Date) =>
  new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }).format(at);

/** What a printed A4 copy holds: its pages and all its text, read back from the PDF itself. */
async function readPdf(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str;
  }
  await pdf.destroy();
  // A hash wraps across lines on paper; the lines' breaks are the printer's, not the text's. The CJK
  // font maps some characters to their Kangxi radical look-alikes (⽉ for 月), which NFKC folds back.
  return { pages: pdf.numPages, text: text.normalize("NFKC").replace(/\s+/g, "") };
}

/** The QR code as a phone camera would read it: the printed SVG rasterised, then decoded. */
async function decodeQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 720 })
    .flatten({ background: "#fff" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

interface Printed {
  pages: number;
  text: string;
  qr: string | undefined;
  urlText: string;
  /** The poster block's community and date as printed (print media). */
  community: string;
  date: string;
  onScreen: boolean;
  /** Site chrome and forms still visible under print media. */
  leftovers: string[];
}

async function print(context: BrowserContext, path: string): Promise<Printed> {
  const page = await context.newPage();
  await page.goto(`${portal.api.url}${path}`);
  const footer = page.locator("[data-poster]");
  const onScreen = await footer.isVisible();
  const qr = await decodeQr(await page.locator("[data-qr] svg").evaluate((svg) => svg.outerHTML));
  const urlText = ((await page.locator("[data-poster-url]").textContent()) ?? "").trim();
  await page.emulateMedia({ media: "print" });
  expect(await footer.isVisible(), "the poster block prints").toBe(true);
  const community = (await page.locator("[data-poster-community]").textContent()) ?? "";
  const date = (await page.locator("[data-poster-date]").textContent()) ?? "";
  const leftovers = [];
  for (const selector of ["nav.crumbs", "footer.site", "form", "section.questions", "button"]) {
    for (const element of await page.locator(selector).all()) if (await element.isVisible()) leftovers.push(selector);
  }
  const pdf = await readPdf(await page.pdf({ format: "A4", preferCSSPageSize: true }));
  await page.close();
  return { ...pdf, qr, urlText, community, date, onScreen, leftovers };
}

describe.concurrent("notice-board posters", BROWSER_TESTS, () => {
  const db = () => portal.api.db;
  const fumin = () => db().community.findUniqueOrThrow({ where: { code: "RJ-FUMIN" } });

  /** A published record's page printed: one to `maxPages` A4 pages, QR to its own address, its date and hash. */
  async function expectPoster(path: string, record: { publishedAt: Date; hash: string; community: string }, maxPages: number) {
    const printed = await print(portal.noJs, path);
    console.info(`poster ${path}: ${printed.pages} A4 page(s), at most ${maxPages}`);
    expect(printed.onScreen, "the poster block is for paper only").toBe(false);
    expect(printed.leftovers, "navigation, forms and the site footer stay off paper").toEqual([]);
    expect(printed.pages).toBeGreaterThanOrEqual(1);
    expect(printed.pages).toBeLessThanOrEqual(maxPages);
    expect(printed.urlText).toBe(absoluteUrl(path));
    expect(printed.qr).toBe(absoluteUrl(path));
    expect(printed.text).toContain(record.hash);
    expect(printed.text).toContain(dayOf(record.publishedAt));
    expect(printed.date).toBe(dayOf(record.publishedAt));
    // Read from the print layout: the font's ToUnicode table turns 民 into a radical NFKC cannot fold.
    expect(printed.community).toBe(record.community);
  }

  it("print a community-affairs disclosure with its address, publication date and hash", async () => {
    const community = await fumin();
    const d = await db().disclosure.findFirstOrThrow({
      where: { status: "PUBLISHED", categoryCode: "COMMUNITY_AFFAIRS", targets: { some: { communityId: community.id } } },
      orderBy: { publishedAt: "desc" },
    });
    await expectPoster(
      `/d/${d.id}/`,
      { publishedAt: d.publishedAt as Date, hash: d.contentHash as string, community: community.name },
      1,
    );
  });

  it("print the longest month of accounts", async () => {
    const community = await fumin();
    const months = await db().financePeriod.findMany({
      where: { communityId: community.id, status: "PUBLISHED" },
      include: { _count: { select: { entries: true } } },
    });
    const longest = months.sort((a, b) => b._count.entries - a._count.entries)[0];
    if (!longest?.publishedAt || !longest.chainHash) throw new Error("the demo has published months");
    console.info(`finance ${longest.month}: ${longest._count.entries} entries`);
    await expectPoster(
      `/c/RJ-FUMIN/finance/${longest.month}/`,
      { publishedAt: longest.publishedAt, hash: longest.chainHash, community: community.name },
      3,
    );
  });

  it("print a fee month's collection notice", async () => {
    const community = await fumin();
    const collection = await db().feeCollection.findFirstOrThrow({
      where: { feeItem: { communityId: community.id } },
      orderBy: { month: "desc" },
      include: { disclosure: true },
    });
    const d = collection.disclosure;
    await expectPoster(
      `/d/${d.id}/`,
      { publishedAt: d.publishedAt as Date, hash: d.contentHash as string, community: community.name },
      1,
    );
  });

  it("print the longest assistance list with its masked rows", async () => {
    const community = await fumin();
    const lists = await db().assistanceList.findMany({
      where: { communityId: community.id, disclosure: { status: "PUBLISHED" } },
      include: { disclosure: true, _count: { select: { rows: true } } },
    });
    const longest = lists.sort((a, b) => b._count.rows - a._count.rows)[0];
    if (!longest) throw new Error("the demo has published assistance lists");
    const d = longest.disclosure;
    await expectPoster(
      `/c/RJ-FUMIN/assistance/${longest.id}/`,
      { publishedAt: d.publishedAt as Date, hash: d.contentHash as string, community: community.name },
      2,
    );
  });

  // The month's board is the hashed record: every field of every posting written out (13 postings
  // and 2 courses for the demo's 富民社区), in two columns on paper. The one-sheet jobs poster is
  // /c/<code>/jobs/print/ below.
  it("print the monthly jobs-and-training board on at most three pages", async () => {
    const community = await fumin();
    const board = await db().jobBoard.findFirstOrThrow({
      where: { communityId: community.id },
      orderBy: { month: "desc" },
      include: { disclosure: true },
    });
    const d = board.disclosure;
    await expectPoster(
      `/d/${d.id}/`,
      { publishedAt: d.publishedAt as Date, hash: d.contentHash as string, community: community.name },
      3,
    );
  });

  it("print each community's open jobs and courses on one or two pages, dated as a live list", async () => {
    for (const { code, name } of await db().community.findMany({ select: { code: true, name: true } })) {
      const path = `/c/${code}/jobs/print/`;
      const printed = await print(portal.noJs, path);
      console.info(`poster ${path}: ${printed.pages} A4 page(s)`);
      expect(printed.pages).toBeLessThanOrEqual(2);
      expect(printed.qr).toBe(absoluteUrl(path));
      expect(printed.community).toBe(name);
      // Not one published record: no hash is claimed, and the date says what it is.
      expect(printed.text).toContain("信息截至");
      expect(printed.text).not.toContain("SHA-256");
    }
  });
});
