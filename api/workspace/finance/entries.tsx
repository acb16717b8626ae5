/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { FormErrors } from "../graphql.ts";
import { CsrfField, Field } from "../page.tsx";

/** The entry form's fields, as the API's LedgerEntryInput names them. */
export const ENTRY_FIELDS = ["date", "voucherNo", "categoryId", "amount", "counterparty", "description"] as const;
type EntryField = (typeof ENTRY_FIELDS)[number];

/** Form fields are prefixed so they never meet the review forms' fields on the same page. */
export const entryKey = (field: string) => `entry-${field}`;

const LABELS: Record<EntryField, { label: string; hint?: string }> = {
  date: { label: "记账日期", hint: "本月内的日期，如 2026-03-05" },
  voucherNo: { label: "凭证号", hint: "本月内不重复，如 记-012" },
  categoryId: { label: "科目" },
  amount: { label: "金额（元）", hint: "如 1200.50；收入还是支出由科目决定" },
  counterparty: { label: "对方单位或个人" },
  description: { label: "摘要" },
};

interface Category {
  id: string;
  name: string;
  directionLabel: string;
}

/** Recording one entry in the open month; what was typed stays when the API refuses it. */
export function EntryForm({
  action,
  token,
  categories,
  errors,
  typed,
}: {
  action: string;
  token: string;
  categories: readonly Category[];
  errors: FormErrors;
  typed: Record<string, string>;
}) {
  const field = (name: EntryField) => ({
    name: entryKey(name),
    label: LABELS[name].label,
    error: errors.fields[entryKey(name)],
    ...(LABELS[name].hint ? { hint: LABELS[name].hint } : {}),
  });
  const value = (name: EntryField) => typed[entryKey(name)] ?? "";
  return (
    <form method="post" action={action}>
      <CsrfField token={token} />
      <Field {...field("date")}>{(props) => <input {...props} type="date" required defaultValue={value("date")} />}</Field>
      <Field {...field("voucherNo")}>{(props) => <input {...props} required defaultValue={value("voucherNo")} />}</Field>
      <Field {...field("categoryId")}>
        {(props) => (
          <select {...props} required defaultValue={value("categoryId")}>
            <option value="">请选择科目</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.directionLabel}：{c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field("amount")}>
        {(props) => <input {...props} inputMode="decimal" required defaultValue={value("amount")} />}
      </Field>
      <Field {...field("counterparty")}>{(props) => <input {...props} required defaultValue={value("counterparty")} />}</Field>
      <Field {...field("description")}>{(props) => <input {...props} required defaultValue={value("description")} />}</Field>
      <div className="ws-actions">
        <button type="submit">记一笔</button>
      </div>
    </form>
  );
}

/** Deleting a mistyped entry, only offered while the month is open. */
export function DeleteEntry({ action, token, voucherNo }: { action: string; token: string; voucherNo: string }) {
  return (
    <form method="post" action={action}>
      <CsrfField token={token} />
      <button type="submit" className="ws-link-button" aria-label={`删除凭证 ${voucherNo}`}>
        删除
      </button>
    </form>
  );
}
