import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { todayInShanghai } from "../../api/periods.ts";
import { graphql } from "../support/graphql.ts";
import { axeViolations, BROWSER_TESTS } from "../support/portal.ts";
import { committeeAccount, signIn, staffAccount } from "../support/workspace.ts";
import { workspaceSuite } from "../support/workspace-suite.ts";

const COMMUNITY = "RJ-FUMIN";
const OTHER = "RJ-WOLONG";
const PublicRoster = graphql(`
  query WorkspaceTestRoster($c: String!) {
    community(code: $c) {
      serviceStaff { id name title counter publicPhone startedOn photo { altText mimeType } }
      staffHistory { name endedOn endReason }
      rosterNotices { asOf }
      organizations { id name sizeRule { min max members } postings { id name role startedOn } }
    }
  }
`);

const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("the staff workspace: rosters and postings", BROWSER_TESTS, () => {
  const suite = workspaceSuite();
  const roster = async (code = COMMUNITY) => (await suite.api.gql(PublicRoster, { c: code })).data?.community;

  it("a committee member gets 403; the pages pass axe-core and fit 390 px", async () => {
    const { api } = suite;
    const member = await committeeAccount(api, COMMUNITY);
    const memberPage = await suite.phone();
    await signIn(memberPage, api.url, member.username);
    for (const path of ["/staff/rosters/", `/staff/rosters/${COMMUNITY}/staff/new`, `/staff/rosters/${COMMUNITY}/members/new`]) {
      expect((await memberPage.goto(`${api.url}${path}`))?.status(), path).toBe(403);
    }

    const page = await suite.phone({ javaScript: true });
    await signIn(page, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
    const found: { path: string; violations: string[]; overflow: number }[] = [];
    const check = async (path: string) =>
      found.push({ path, violations: await axeViolations(page), overflow: await fitsPhone(page) });
    await page.goto(`${api.url}/staff/rosters/`);
    await check("rosters");
    await page.goto(`${api.url}/staff/rosters/${COMMUNITY}/members/new`);
    await check("member form");
    const inOffice = (await roster())?.organizations[0]?.postings[0];
    await page.goto(`${api.url}/staff/rosters/${COMMUNITY}/postings/${inOffice?.id}/correct`);
    await check("correction form");
    await page.goto(`${api.url}/staff/rosters/${COMMUNITY}/staff/new`);
    await check("staff form");
    await page.getByLabel("岗位类型").selectOption("SERVICE_STAFF");
    await page.getByLabel("姓名（公开）").fill("测");
    await page.getByLabel("岗位名称", { exact: false }).fill("窗口受理员");
    await page.getByLabel("工作职责").fill("受理居民事项");
    await page.getByLabel("值班电话", { exact: false }).fill("没有电话");
    await page.getByRole("button", { name: "添加上岗人员" }).click();
    await page.locator("#f-publicPhone-error").waitFor();
    await check("staff form with a field error");
    expect(found.filter((f) => f.violations.length || f.overflow > 0)).toEqual([]);
  });

  it("an editor posts service-centre staff without JavaScript, fixing a refused phone, then ends the posting", async () => {
    const { api } = suite;
    const page = await suite.phone();
    await signIn(page, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
    await page.getByRole("link", { name: /班子成员和工作人员/ }).click();
    await page.getByRole("link", { name: "添加工作人员" }).click();

    const name = "韦小宁";
    await page.getByLabel("岗位类型").selectOption("SERVICE_STAFF");
    await page.getByLabel("姓名（公开）").fill(name);
    await page.getByLabel("岗位名称", { exact: false }).fill("窗口受理员");
    await page.getByLabel("工作职责").fill("受理低保、医保等事项");
    await page.getByLabel("值班电话", { exact: false }).fill("找我请打微信");
    await page.getByLabel("服务窗口", { exact: false }).fill("3 号窗口");
    await page.getByLabel("上岗日期").fill("2026-01-05");
    await page.getByRole("button", { name: "添加上岗人员" }).click();

    // The API's message sits under the phone field; everything typed is still there.
    await expect(page.locator("#f-publicPhone-error").textContent()).resolves.toContain("值班电话应为");
    await expect(page.getByLabel("姓名（公开）").inputValue()).resolves.toBe(name);
    await expect(page.getByLabel("服务窗口", { exact: false }).inputValue()).resolves.toBe("3 号窗口");
    await expect(page.getByLabel("上岗日期").inputValue()).resolves.toBe("2026-01-05");
    await expect(page.getByLabel("岗位类型").inputValue()).resolves.toBe("SERVICE_STAFF");
    expect((await roster())?.serviceStaff.map((p) => p.name)).not.toContain(name);

    await page.getByLabel("值班电话", { exact: false }).fill("0851-8812 3456");
    // A file that is no image is refused beside the photo field, before any posting is written.
    const photoField = page.getByLabel("照片", { exact: false });
    await photoField.setInputFiles({ name: "照片.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
    await page.getByRole("button", { name: "添加上岗人员" }).click();
    await expect(page.locator("#f-file-error").textContent()).resolves.toContain("照片");
    await expect(page.getByLabel("值班电话", { exact: false }).inputValue()).resolves.toBe("0851-8812 3456");
    expect((await roster())?.serviceStaff.map((p) => p.name)).not.toContain(name);

    const png = await sharp({ create: { width: 8, height: 10, channels: 3, background: "#ccc" } })
      .png()
      .toBuffer();
    await photoField.setInputFiles({ name: "照片.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "添加上岗人员" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain(`已添加${name}`);
    await expect(page.locator('a[href="tel:085188123456"]').count()).resolves.toBeGreaterThan(0);
    // Sent on to the list: reloading it asks for the list again and adds no second posting.
    await page.reload();
    expect((await roster())?.serviceStaff.filter((p) => p.name === name)).toHaveLength(1);

    const added = (await roster())?.serviceStaff.find((p) => p.name === name);
    expect(added).toMatchObject({
      title: "窗口受理员",
      counter: "3 号窗口",
      publicPhone: "0851-8812 3456",
      startedOn: "2026-01-05",
      photo: { altText: `${name}的照片`, mimeType: "image/png" },
    });

    // 离任: a date before the start is refused beside that posting's date field, with what was typed kept.
    const id = added?.id ?? "";
    await page.getByText(`离任：${name}`).click();
    await page.locator(`#end-${id}-endedOn`).fill("2026-01-01");
    await page.locator(`#end-${id}-reason`).fill("调往街道工作");
    await page.locator(`form[action="/staff/rosters/staff-postings/${id}/end"] button`).click();
    await expect(page.locator(`#end-${id}-endedOn-error`).textContent()).resolves.toContain("离任日期应晚于");
    await expect(page.locator(`#end-${id}-reason`).inputValue()).resolves.toBe("调往街道工作");

    const today = todayInShanghai();
    await page.locator(`#end-${id}-endedOn`).fill(today);
    await page.locator(`form[action="/staff/rosters/staff-postings/${id}/end"] button`).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("已办理离任");
    expect(await page.getByText(`离任：${name}`).count()).toBe(0);

    const after = await roster();
    expect(after?.serviceStaff.map((p) => p.name)).not.toContain(name);
    expect(after?.staffHistory).toContainEqual({ name, endedOn: today, endReason: "调往街道工作" });

    // 上岗公示 puts today's roster on record as a notice.
    expect(after?.rosterNotices).toEqual([]);
    await page.getByRole("button", { name: "发布上岗公示" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("上岗公示已发布");
    expect((await roster())?.rosterNotices).toEqual([{ asOf: today }]);
  });

  it("an editor adds, corrects and ends a member of a body; another community's editor is refused with the API's message", async () => {
    const { api } = suite;
    // A body with room for one more, whose minimum does not hold the newcomer in office (ending would be refused).
    const body = (await roster())?.organizations.find(
      (o) =>
        !o.sizeRule ||
        ((o.sizeRule.max === null || o.sizeRule.members < o.sizeRule.max) && o.sizeRule.members + 1 !== o.sizeRule.min),
    );
    expect(body).toBeDefined();
    const fill = async (page: Page, name: string) => {
      await page.goto(`${api.url}/staff/rosters/${COMMUNITY}/members/new?organization=${body?.id}`);
      await page.getByLabel("姓名（公开）").fill(name);
      await page.getByLabel("职务", { exact: false }).fill("委员");
      await page.getByLabel("分工职责").fill("负责宣传工作");
      await page.getByLabel("任职开始日期").fill("2026-02-01");
      await page.getByRole("button", { name: "添加成员" }).click();
    };

    const outsider = await suite.phone();
    await signIn(outsider, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [OTHER] })).username);
    await fill(outsider, "潘外来");
    await expect(outsider.getByRole("alert").first().textContent()).resolves.toContain("无权执行此操作");
    await expect(outsider.getByLabel("姓名（公开）").inputValue()).resolves.toBe("潘外来");

    const page = await suite.phone();
    await signIn(page, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
    await fill(page, "蒙新任");
    await expect(page.getByRole("status").textContent()).resolves.toContain("已添加蒙新任");

    const postings = (await roster())?.organizations.find((o) => o.id === body?.id)?.postings ?? [];
    const added = postings.find((p) => p.name === "蒙新任");
    expect(added).toMatchObject({ role: "委员", startedOn: "2026-02-01" });
    expect(postings.map((p) => p.name)).not.toContain("潘外来");

    // 更正: the post was mistyped; a corrected posting takes over the same term, the old one leaves the list.
    await page.getByRole("link", { name: "更正蒙新任的任职信息" }).click();
    await expect(page.getByLabel("职务", { exact: false }).inputValue()).resolves.toBe("委员");
    await page.getByLabel("职务", { exact: false }).fill("宣传委员");
    await page.getByLabel("更正原因", { exact: false }).fill("错");
    await page.getByRole("button", { name: "提交更正" }).click();
    await expect(page.locator("#f-reason-error").textContent()).resolves.toContain("至少 4 个字");
    await expect(page.getByLabel("职务", { exact: false }).inputValue()).resolves.toBe("宣传委员");
    await page.getByLabel("更正原因", { exact: false }).fill("职务填写有误");
    await page.getByRole("button", { name: "提交更正" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("已更正蒙新任");
    const corrected = (await roster())?.organizations.find((o) => o.id === body?.id)?.postings.filter((p) => p.name === "蒙新任");
    expect(corrected).toEqual([
      { id: expect.not.stringMatching(added?.id ?? ""), name: "蒙新任", role: "宣传委员", startedOn: "2026-02-01" },
    ]);
    const id = corrected?.[0]?.id;

    await page.getByText("离任：蒙新任").click();
    await page.locator(`#end-${id}-endedOn`).fill(todayInShanghai());
    await page.locator(`#end-${id}-reason`).fill("工作调动，不再担任");
    await page.locator(`form[action="/staff/rosters/postings/${id}/end"] button`).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("已办理离任");
    const left = (await roster())?.organizations.find((o) => o.id === body?.id)?.postings ?? [];
    expect(left.map((p) => p.name)).not.toContain("蒙新任");
  });
});
