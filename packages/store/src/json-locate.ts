// Finds where JSON text stops being valid, for messages; only run after JSON.parse has failed.

export interface JsonFault {
  position: number;
  reason: string;
}

/** Scans `text` as JSON and returns the first fault, or null if the text is valid JSON. */
export function locateJsonFault(text: string): JsonFault | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const describe = (at: number) => {
    const ch = text[at];
    if (ch === undefined) return "the text ends";
    const code = ch.charCodeAt(0);
    return code < 32 || code === 0xfffd ? `unexpected character U+${code.toString(16).padStart(4, "0").toUpperCase()}` : `unexpected character '${ch}'`;
  };
  const fault = (reason: string): JsonFault => ({ position: i, reason });
  // Each stack entry: "[" or "{" plus what is expected next.
  const stack: ("a" | "o")[] = [];
  const scanString = (): JsonFault | null => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fault("a \\u escape needs four hex digits");
          i += 6;
        } else if (e !== undefined && `"\\/bfnrt`.includes(e)) i += 2;
        else return fault("an invalid escape in a string");
      } else if (c < 32) return fault("a control character inside a string (strings must be closed on the same line)");
      else i++;
    }
    return fault("the text ends inside a string");
  };
  /** An object member's name and its colon. */
  const scanName = (): JsonFault | null => {
    if (text[i] !== '"') return fault(`${describe(i)} where a property name in double quotes was expected`);
    const f = scanString();
    if (f) return f;
    ws();
    if (text[i] !== ":") return fault(`${describe(i)} where ':' was expected after a property name`);
    i++;
    return null;
  };
  const scanValue = (): JsonFault | null => {
    ws();
    const ch = text[i];
    if (ch === undefined) return fault("the text ends where a value was expected");
    if (ch === '"') return scanString();
    if (ch === "{" || ch === "[") return null;
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = 0;
    const num = m.exec(text.slice(i, i + 400));
    if (num && num[0].length > 0) {
      i += num[0].length;
      return null;
    }
    return fault(`${describe(i)} where a value was expected`);
  };
  // Iterative descent over containers.
  let f = scanValue();
  if (f) return f;
  for (;;) {
    const ch = text[i];
    if (ch === "{" || ch === "[") {
      const kind = ch === "{" ? "o" : "a";
      i++;
      ws();
      if (text[i] === (kind === "o" ? "}" : "]")) {
        i++;
      } else {
        stack.push(kind);
        if (kind === "o") {
          f = scanName();
          if (f) return f;
        }
        f = scanValue();
        if (f) return f;
        continue;
      }
    }
    // After a complete value: close containers or continue them.
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (i < n) return fault(`${describe(i)} after the end of the JSON value`);
      return null;
    }
    const close = top === "o" ? "}" : "]";
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (text[i] !== ",") return fault(`${describe(i)} where ',' or '${close}' was expected`);
    i++;
    ws();
    if (top === "o") {
      f = scanName();
      if (f) return f;
    }
    f = scanValue();
    if (f) return f;
  }
}
