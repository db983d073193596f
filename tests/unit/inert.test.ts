import { describe, expect, it } from "vitest";
import { defang, inertSegments } from "@/lib/text/inert";

describe("inertSegments", () => {
  it("defangs links so they can be read but not followed", () => {
    expect(inertSegments("こちら→https://dcard.docomo.ne.jp/st/index.html から")).toEqual([
      { kind: "text", value: "こちら→" },
      { kind: "link", value: "hxxps://dcard[.]docomo[.]ne[.]jp/st/index[.]html" },
      { kind: "text", value: " から" },
    ]);
  });

  it.each([
    ["data:text/html;base64,PHNjcmlwdD4=", "data[:]text/html;base64,PHNjcmlwdD4="],
    ["www.evil.example/x", "www[.]evil[.]example/x"],
    ["HTTP://EVIL.EXAMPLE", "hxxp://EVIL[.]EXAMPLE"],
  ])("pseudo-URLs are inert: %s", (input, shown) => {
    expect(inertSegments(input)).toEqual([{ kind: "link", value: shown }]);
  });

  it("a javascript: link stops at the parenthesis and stays text", () => {
    expect(inertSegments("javascript:alert(1)")).toEqual([
      { kind: "link", value: "javascript[:]alert" },
      { kind: "text", value: "(1)" },
    ]);
  });

  it("shows bidi overrides and zero-width characters as visible markers", () => {
    const segments = inertSegments("abc\u202Egnp.exe\u200B!");
    expect(segments).toEqual([
      { kind: "text", value: "abc" },
      { kind: "hidden", value: "U+202E" },
      { kind: "text", value: "gnp.exe" },
      { kind: "hidden", value: "U+200B" },
      { kind: "text", value: "!" },
    ]);
  });

  it("keeps ordinary text, HTML included, as text (React escapes it)", () => {
    expect(inertSegments('<script>alert(1)</script><img src=x onerror="alert(1)">')).toEqual([
      { kind: "text", value: '<script>alert(1)</script><img src=x onerror="alert(1)">' },
    ]);
  });

  it("loses no visible character", () => {
    const text = "【dカード】期限：2024年11月03日 https://x.example/a?b=c 以上";
    const joined = inertSegments(text)
      .map((s) => (s.kind === "link" ? s.value.replace(/\[\.\]/g, ".").replace(/^hxxp/, "http") : s.value))
      .join("");
    expect(joined).toBe(text);
  });

  it("handles long hostile input completely", () => {
    const text = "http://" + "a.".repeat(200_000) + " \u202E".repeat(10_000);
    const segments = inertSegments(text);
    expect(segments.filter((s) => s.kind === "hidden")).toHaveLength(10_000);
    expect(segments[0]).toEqual({ kind: "link", value: "hxxp://" + "a[.]".repeat(200_000) });
  });
});

describe("defang", () => {
  it("replaces every dot so no part is a clickable host", () => {
    expect(defang("https://a.b.c/d.e")).toBe("hxxps://a[.]b[.]c/d[.]e");
  });
});
