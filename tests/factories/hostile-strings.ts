// The strings every fuzz test of user input tries: NUL alone and inside text, a path escape, an encoded NUL,
// a lone surrogate and a number beyond a double. Each property test adds the values its own inputs invite.
export const HOSTILE_STRINGS = ["\u0000", "a\u0000b", "../../etc/passwd", "%00", "\ud800", "1e309"] as const;
