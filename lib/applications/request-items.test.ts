import { describe, expect, it } from "vitest";
import { freeTextPosition, keyedRequestItems, requestItemFor, unansweredKeys } from "./request-items";
import { isChosenFile } from "./documents";

const STORED = [
  { item: "lease", note: "缺页" },
  { item: null, note: "请说明居住情况" },
  "junk",
  { item: "photo", note: "" },
  { item: null, note: "出租人身份证" },
];

describe("the items of a 补正 request and their answer keys", () => {
  it("keys checklist items by id and free-text items by their place in the stored list", () => {
    expect(keyedRequestItems(STORED).map((i) => [i.key, i.position])).toEqual([
      ["lease", 1],
      ["other-2", 2],
      ["photo", 4],
      ["other-5", 5],
    ]);
    expect(keyedRequestItems("not a list")).toEqual([]);
  });

  it("accepts only the request's own keys — never a prototype name or a checklist id it did not ask for", () => {
    for (const key of ["lease", "photo", "other-2", "other-5"]) expect(requestItemFor(STORED, key)?.key).toBe(key);
    for (const key of ["other-1", "other-3", "other-02", "id_card", "constructor", "__proto__", "toString"])
      expect(requestItemFor(STORED, key)).toBeNull();
    expect(
      keyedRequestItems([
        { item: "constructor", note: "" },
        { item: "__proto__", note: "" },
      ]),
    ).toEqual([]);
  });

  it("reads a free-text key's position, and nothing else as one", () => {
    expect(freeTextPosition("other-12")).toBe(12);
    for (const kind of ["other-0", "other-", "other", "lease", "other-1x", "other-100"]) expect(freeTextPosition(kind)).toBeNull();
  });

  it("lists unanswered items: a listed document needs a file; a free-text item a file or the note", () => {
    const items = keyedRequestItems(STORED);
    expect(unansweredKeys({ items, answeredKinds: new Set(), hasNote: false })).toEqual(["lease", "other-2", "photo", "other-5"]);
    expect(unansweredKeys({ items, answeredKinds: new Set(["lease"]), hasNote: true })).toEqual(["photo"]);
    expect(unansweredKeys({ items, answeredKinds: new Set(["lease", "photo", "other-2"]), hasNote: false })).toEqual(["other-5"]);
  });
});

describe("isChosenFile", () => {
  it("tells a chosen file (even an empty one) from an untouched input's empty part", () => {
    expect(isChosenFile(new File([], ""))).toBe(false);
    expect(isChosenFile(new File([], "undefined"))).toBe(false);
    expect(isChosenFile(new File([], "空文件.pdf"))).toBe(true);
    expect(isChosenFile(new File(["x"], "a.pdf"))).toBe(true);
    expect(isChosenFile("a.pdf")).toBe(false);
  });
});
