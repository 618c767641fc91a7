// What every error page says: an apology and the reference to quote, never a stack trace.
import type { ERROR_TEXT, ErrorLang } from "./error-text";

export function ErrorDetails({ tx, digest }: { tx: (typeof ERROR_TEXT)[ErrorLang]; digest: string | undefined }) {
  return (
    <>
      <h1>{tx.title}</h1>
      <p>{tx.body}</p>
      {digest ? (
        <p>
          {tx.ref}: <code>{digest}</code>
        </p>
      ) : null}
    </>
  );
}
