import { countColumn, defineColumns, defineDataset, moneyColumn, newest, textColumn, yesNoColumn } from "~/lib/data/dataset.ts";
import { fenOf } from "~/lib/format.ts";
import { type AssistanceListDetail, builtAt, loadAssistanceList, loadCommunityAssistance } from "./load.ts";

const LIST_COLUMNS = defineColumns([
  textColumn("id", "名单编号", 28),
  textColumn("kind", "救助类别", 12),
  textColumn("period", "期间", 12),
  textColumn("authority", "审批机关", 20),
  textColumn("basis", "政策依据", 30),
  yesNoColumn("current", "现行名单"),
  textColumn("corrects", "更正的名单编号", 28),
  textColumn("correctionReason", "更正说明", 30),
  textColumn("noticeFrom", "公示开始", 12),
  textColumn("noticeUntil", "公示截止", 12),
  countColumn("households", "户数"),
  countColumn("people", "人数"),
  moneyColumn("amount", "金额", 14),
  textColumn("notice", "公告编号", 28),
  textColumn("publishedAt", "发布时间", 22),
  textColumn("noticeHash", "SHA-256 校验值", 66),
]);

/**
 * The households in the importer's order of columns, with the list in front. The name is the
 * masked one the API gives the public (张*芳), so the file cannot be imported again, on purpose; the
 * importer's refusal of ID numbers, phones and addresses means there are none to leave out.
 */
const ROW_COLUMNS = defineColumns([
  textColumn("list", "名单编号", 28),
  textColumn("kind", "救助类别", 12),
  textColumn("period", "期间", 12),
  yesNoColumn("current", "现行名单"),
  countColumn("sequence", "序号", 6),
  textColumn("recipient", "姓名（部分隐去）", 12),
  textColumn("villageCode", "迁出村编码", 20),
  textColumn("village", "迁出村", 24),
  textColumn("residentGroup", "居民小组或楼栋", 16),
  countColumn("householdSize", "家庭人口"),
  moneyColumn("amount", "金额", 14),
  textColumn("reason", "救助原因", 28),
]);

/**
 * Every list of a community in full, corrected ones included (they stay published beside their
 * correction); read once per build for both datasets.
 */
const loaded = new Map<string, Promise<AssistanceListDetail[]>>();
function listsOf(code: string): Promise<AssistanceListDetail[]> {
  let found = loaded.get(code);
  if (!found) {
    const asOf = builtAt();
    found = loadCommunityAssistance(code, asOf).then(({ assistanceLists }) =>
      Promise.all(assistanceLists.map((l) => loadAssistanceList(l.id, asOf))),
    );
    loaded.set(code, found);
  }
  return found;
}

const modifiedOf = (lists: readonly AssistanceListDetail[]) => newest(lists.map((l) => l.notice.publishedAt));

export const ASSISTANCE_DATASETS = [
  defineDataset({
    id: "assistance-lists",
    title: "救助和帮扶名单汇总",
    description: "每份低保、特困供养、临时救助等名单的类别、期间、审批机关、公示期、户数、人数和金额（元）。",
    frequency: "MONTHLY",
    scope: "community",
    columns: LIST_COLUMNS,
    sheetName: "名单汇总",
    async load(code) {
      const lists = await listsOf(code);
      const rows = lists.map((l) => ({
        id: l.id,
        kind: l.kindLabel,
        period: l.periodLabel,
        authority: l.approvingAuthority,
        basis: l.basis,
        current: l.current,
        corrects: l.corrects?.id ?? null,
        correctionReason: l.correctionReason,
        noticeFrom: l.window.startsOn,
        noticeUntil: l.window.endsOn,
        households: l.totals.households,
        people: l.totals.people,
        amount: fenOf(l.totals.amount),
        notice: l.notice.id,
        publishedAt: l.notice.publishedAt,
        noticeHash: l.notice.contentHash,
      }));
      return { rows, modified: modifiedOf(lists) };
    },
  }),
  defineDataset({
    id: "assistance-rows",
    title: "救助和帮扶名单（姓名部分隐去）",
    description:
      "各份名单的每一户：姓名只含姓和最后一个字（如“张*芳”），迁出村、居民小组或楼栋、家庭人口、金额和救助原因；不含身份证号、电话和门牌号。",
    frequency: "MONTHLY",
    scope: "community",
    columns: ROW_COLUMNS,
    sheetName: "救助名单",
    async load(code) {
      const lists = await listsOf(code);
      const rows = lists.flatMap((l) =>
        l.rows.map((r) => ({
          list: l.id,
          kind: l.kindLabel,
          period: l.periodLabel,
          current: l.current,
          sequence: r.sequence,
          recipient: r.recipient,
          villageCode: r.village.code,
          village: r.village.place,
          residentGroup: r.residentGroup,
          householdSize: r.householdSize,
          amount: fenOf(r.amount),
          reason: r.reasonLabel,
        })),
      );
      return { rows, modified: modifiedOf(lists) };
    },
  }),
];
