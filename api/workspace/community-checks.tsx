/** @jsxImportSource react */
/** @jsxRuntime automatic */

/**
 * A checkbox per community, sent as repeated `communityCodes`, with the API's refusal of that
 * field under the list and tied to it for screen readers.
 */
export function CommunityChecks({
  legend,
  communities,
  checked,
  error,
}: {
  legend: string;
  communities: readonly { code: string; name: string }[];
  checked: readonly string[];
  error?: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? "f-communityCodes-error" : undefined}>
      <legend>{legend}</legend>
      {communities.map((c) => (
        <label key={c.code} className="ws-check">
          <input type="checkbox" name="communityCodes" value={c.code} defaultChecked={checked.includes(c.code)} /> {c.name}
        </label>
      ))}
      {error && (
        <p id="f-communityCodes-error" className="ws-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
