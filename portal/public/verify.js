// The /verify/ page's check, run in the reader's browser: it fetches the published canonical text
// from this same site (or takes pasted text or a chosen file), computes SHA-256 with Web Crypto
// and says in plain words whether it matches the hash. A file of its own, never inline: the
// content security policy runs scripts from this server only.
const form = document.getElementById("verify-form");
const output = document.getElementById("verify-result");

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");

function say(kind, lines) {
  output.className = `notice ${kind === "changed" || kind === "error" ? "danger" : ""}`;
  output.dataset.result = kind;
  output.replaceChildren(
    ...lines.map((line, i) => {
      const p = document.createElement(i === 0 ? "strong" : "p");
      p.textContent = line;
      return p;
    }),
  );
}

/** Only a path on this site: the page vouches for its own content, never for another site's. */
function sameSitePath(path) {
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  const url = new URL(path, location.origin);
  return url.origin === location.origin ? url : null;
}

async function bytesToCheck(data) {
  const file = data.get("file");
  if (file instanceof File && file.size > 0) return { bytes: await file.arrayBuffer(), source: `所选文件“${file.name}”` };
  const text = String(data.get("text") ?? "");
  if (text !== "") return { bytes: new TextEncoder().encode(text), source: "粘贴的文本" };
  const path = String(data.get("path") ?? "").trim();
  const url = sameSitePath(path);
  if (!url) return { error: "请填写本站规范化文本的地址（以 / 开头，如 /d/…/canonical.json），或粘贴文本、选择文件。" };
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) return { error: `没有找到 ${path}（服务器答复 ${response.status}），请检查地址。` };
  return { bytes: await response.arrayBuffer(), source: `本站 ${path} 的内容` };
}

async function check() {
  const data = new FormData(form);
  const expected = String(data.get("hash") ?? "")
    .trim()
    .toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    say("error", [
      "请填写完整的 SHA-256 校验值",
      "校验值是 64 位，由数字 0–9 和字母 a–f 组成，印在每条公开事项页面和公示栏纸质公告上。",
    ]);
    return;
  }
  if (!globalThis.crypto?.subtle) {
    say("error", ["这个浏览器不能在本页计算校验值", "请改用 https 地址打开本站，或按下面“不用本页也能核验”的方法用电脑核验。"]);
    return;
  }
  say("working", ["正在核验……"]);
  try {
    const got = await bytesToCheck(data);
    if (got.error) {
      say("error", ["无法核验", got.error]);
      return;
    }
    const actual = hex(await crypto.subtle.digest("SHA-256", got.bytes));
    if (actual === expected) {
      say("unchanged", ["内容未被改动", `${got.source}算出的校验值与您填写的一致：${actual}`]);
    } else {
      say("changed", [
        "内容已被改动，或校验值填写有误",
        `${got.source}算出的校验值是 ${actual}，与您填写的 ${expected} 不一致。请核对校验值；如确认无误，请向社区居务监督委员会反映。`,
      ]);
    }
  } catch {
    say("error", ["无法核验", "读取内容时出错，请检查网络后重试。"]);
  }
}

if (form && output) {
  const params = new URLSearchParams(location.search);
  for (const name of ["path", "hash"]) {
    const value = params.get(name);
    if (value) form.elements.namedItem(name).value = value;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    check();
  });
  if (params.get("path") && params.get("hash")) check();
}
