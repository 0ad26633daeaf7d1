// @pdf-lib/fontkit 1.1.1 subsets TrueType fonts by copying each glyph record as it is, then writes
// the `loca` table in the short format when the subset is small. Short offsets are stored halved, so
// every glyph record must have an even length; Noto Sans SC has odd-length records, and without
// padding every glyph after the first odd one is read from the wrong place (seen: about half the
// characters of a certificate blank). This wrapper pads each copied record to an even length — what
// the TrueType spec asks of the short format — and changes nothing else. See docs/decisions/0016.
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument } from "pdf-lib";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

interface SubsetInternals {
  glyf: Uint8Array[];
  offset: number;
  _addGlyph(gid: number): number;
}

function padLastGlyph(subset: SubsetInternals) {
  const last = subset.glyf[subset.glyf.length - 1];
  if (!last || last.length % 2 === 0) return;
  // The same Buffer class as the record (fontkit bundles its own and its encoder accepts only that one).
  const BufferClass = last.constructor as unknown as { alloc(size: number): Uint8Array };
  const padded = BufferClass.alloc(last.length + 1);
  padded.set(last);
  subset.glyf[subset.glyf.length - 1] = padded;
  subset.offset += 1;
}

export const evenGlyphFontkit: Fontkit = {
  create(buffer, postscriptName) {
    const font = fontkit.create(buffer, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset() as unknown as SubsetInternals;
      const addGlyph = subset._addGlyph;
      if (typeof addGlyph === "function") {
        subset._addGlyph = function (this: SubsetInternals, gid: number) {
          const index = addGlyph.call(this, gid);
          padLastGlyph(this);
          return index;
        };
      }
      return subset as unknown as ReturnType<typeof createSubset>;
    };
    return font;
  },
};
