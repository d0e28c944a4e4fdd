// framing() (tests/hosts/support/http.ts) decides as the HTML standard does; the runtime tests rely on it.
import { describe, expect, it } from "vitest";
import { framing, type RawResponse } from "../../hosts/support/http";

const res = (...headers: [string, string][]): RawResponse => ({
  status: 200,
  headers,
  body: "",
  bytes: Buffer.alloc(0),
});

describe("framing", () => {
  it("lets frame-ancestors decide alone, the stricter of two policies winning", () => {
    expect(framing(res(["content-security-policy", "frame-ancestors *"], ["x-frame-options", "DENY"]))).toBe(
      "url-origins",
    );
    expect(
      framing(
        res(["content-security-policy", "frame-ancestors *"], ["content-security-policy", "frame-ancestors 'none'"]),
      ),
    ).toBe("deny");
    expect(framing(res(["content-security-policy", "object-src 'none'; frame-ancestors 'self'"]))).toBe("deny");
  });
  it("falls back to X-Frame-Options: DENY, SAMEORIGIN and conflicts block; ALLOWALL and nothing allow", () => {
    expect(framing(res(["x-frame-options", "DENY"]))).toBe("deny");
    expect(framing(res(["x-frame-options", "sameorigin"]))).toBe("deny");
    expect(framing(res(["x-frame-options", "DENY"], ["x-frame-options", "ALLOWALL"]))).toBe("deny");
    expect(framing(res(["x-frame-options", "ALLOWALL"]))).toBe("allow");
    expect(framing(res(["content-security-policy", "object-src 'none'"]))).toBe("allow");
  });
});
