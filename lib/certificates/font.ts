// The certificate font: Noto Sans SC (SIL Open Font License 1.1) as shipped in the npm package
// @expo-google-fonts/noto-sans-sc, whose static instances are TrueType (glyf) outlines — pdf-lib
// subsets those correctly, where CFF-based OpenType CJK fonts come out garbled. The file is read
// from node_modules at run time (never committed, never bundled) and kept in memory after the
// first use; only the glyphs a certificate uses end up in the PDF. See docs/decisions/0016.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const PACKAGE = "@expo-google-fonts/noto-sans-sc";
const FILES = {
  regular: "400Regular/NotoSansSC_400Regular.ttf",
  bold: "700Bold/NotoSansSC_700Bold.ttf",
} as const;
export type FontWeight = keyof typeof FILES;

const cache = new Map<FontWeight, Promise<Uint8Array>>();

/** Where the package is installed: resolved from the project root at run time (the bundler must not follow it). */
function fontPath(weight: FontWeight): string {
  const specifier = [PACKAGE, "package.json"].join("/");
  try {
    const requireFromRoot = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json"));
    return path.join(/*turbopackIgnore: true*/ path.dirname(requireFromRoot.resolve(specifier)), FILES[weight]);
  } catch {
    return path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", PACKAGE, FILES[weight]);
  }
}

export function loadCertificateFont(weight: FontWeight): Promise<Uint8Array> {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = fs.promises.readFile(/*turbopackIgnore: true*/ fontPath(weight)).then((buffer) => new Uint8Array(buffer));
    // A failed read is not cached, so a later download can succeed once the package is installed.
    bytes.catch(() => cache.delete(weight));
    cache.set(weight, bytes);
  }
  return bytes;
}
