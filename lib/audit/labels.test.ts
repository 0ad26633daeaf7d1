// Every action code the portal writes has words in both languages (the audit trail shows them), and a
// row's data reads as lines, masked, with sign-in data in words.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionsEn } from "@/lib/i18n/features/audit-trail/en";
import { auditActionsZh } from "@/lib/i18n/features/audit-trail/zh-CN";
import { actionLabel, dataLines, describeBrowser, LABELLED_ACTIONS } from "./labels";

const ROOT = join(__dirname, "..", "..");
const SKIP = new Set(["generated", "i18n", "node_modules"]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const CODE = /["'`]([a-z]+(?:\.[a-z][a-z0-9-]*)+)["'`]/g;
/** Lines that write an audit action: `action: "…"` (also `cond ? "…" : "…"`), `…_ACTION = "…"`, `record("…")`, `audit(…, "…", …)`. */
const WRITES = /\baction\s*:|_ACTION\s*=|\brecord\(|\baudit\(/;

/** The action codes written anywhere in lib/, app/ and the seed. */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources(join(ROOT, "lib")), ...sources(join(ROOT, "app")), ...sources(join(ROOT, "prisma", "seed"))]) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (!WRITES.test(line) || line.trim().startsWith("//") || line.trim().startsWith("*")) return;
        for (const m of line.matchAll(CODE)) found.set(m[1], `${file.slice(ROOT.length + 1)}:${i + 1}`);
      });
  }
  return found;
}

describe("action labels", () => {
  it("name every action code written in the code, in Chinese and English", () => {
    const written = writtenActions();
    // The scan must see the known writers, or it proves nothing.
    for (const code of [
      "application.take",
      "auth.sign-in",
      "auth.unlock",
      "admin.user-password-issued",
      "supervision.export.cases",
      "audit.export",
      "auth.sign-out",
    ]) {
      expect(written.has(code), code).toBe(true);
    }
    const missing = [...written].filter(([code]) => !LABELLED_ACTIONS.includes(code)).map(([code, where]) => `${code} (${where})`);
    expect(missing).toEqual([]);
    for (const code of LABELLED_ACTIONS) {
      expect((auditActionsZh as Record<string, string>)[code], code).toMatch(/[\u4e00-\u9fff]/);
      expect((auditActionsEn as Record<string, string>)[code], code).toMatch(/^[A-Z]/);
    }
  });

  it("show the words, and an unknown code as it is", () => {
    expect(actionLabel({ action: "application.reassign", locale: "zh-CN" })).toBe("改派承办民警");
    expect(actionLabel({ action: "application.reassign", locale: "en" })).toBe("Case reassigned");
    expect(actionLabel({ action: "something.new", locale: "zh-CN" })).toBe("something.new");
    expect(actionLabel({ action: "constructor", locale: "zh-CN" })).toBe("constructor");
  });
});

describe("data lines", () => {
  const ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

  it("say sign-in data in words: the address, the browser and system, the ID-number username masked", () => {
    expect(dataLines({ data: { username: "43052119920615318X", address: "10.0.0.7", userAgent: ua }, locale: "zh-CN" })).toEqual([
      "用户名：4305**********318X",
      "网络地址：10.0.0.7",
      "浏览器：Chrome 130 · Linux",
    ]);
    expect(dataLines({ data: { address: null, userAgent: ua }, locale: "en" })).toEqual([
      "Network address: —",
      "Browser: Chrome 130 · Linux",
    ]);
  });

  it("show a change as before → after, only for what changed, with ids named and roles in words", () => {
    const station = "0b5c7a8e-1f2d-4c3b-9a8e-7d6c5b4a3f2e";
    const names = new Map([[station, "人民路派出所"]]);
    const lines = dataLines({
      data: {
        before: { displayName: "王警官", role: "CLERK", stationId: null, badgeNumber: null },
        after: { displayName: "王芳", role: "CLERK", stationId: station, badgeNumber: "052718" },
      },
      locale: "zh-CN",
      names,
    });
    expect(lines).toEqual(["姓名：王警官 → 王芳", "派出所：— → 人民路派出所", "警号：— → 052718"]);
    expect(
      dataLines({ data: { role: "SUPERVISOR", stationLead: false, personId: "11111111-2222-4333-8444-555555555555" }, locale: "zh-CN" }),
    ).toEqual(["角色：督办人员", "本所负责人：否", "人员：#11111111"]);
  });

  it("mask residents' names, ID numbers and phones in free text", () => {
    expect(dataLines({ data: { name: "欧阳明月", note: "电话 13912345678，证件 430521199206153185" }, locale: "zh-CN" })).toEqual([
      "名称：欧***",
      "意见：电话 139****5678，证件 4305**********3185",
    ]);
  });

  it("name common browsers and programs", () => {
    expect(
      describeBrowser({
        userAgent:
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
        locale: "zh-CN",
      }),
    ).toBe("Safari 17 · iOS");
    expect(describeBrowser({ userAgent: "curl/8.5.0", locale: "zh-CN" })).toBe("程序（curl）");
    expect(describeBrowser({ userAgent: "", locale: "en" })).toBe("unknown browser");
  });
});
