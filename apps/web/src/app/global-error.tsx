"use client";
// Last-resort error page when even the layout fails: no stack trace, only a reference.
import { ERROR_TEXT } from "@/components/error-text";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const tx = ERROR_TEXT.en;
  return (
    <html lang="en">
      <body>
        <main>
          <h1>{tx.title}</h1>
          <p>{tx.body}</p>
          {error.digest ? (
            <p>
              {tx.ref}: <code>{error.digest}</code>
            </p>
          ) : null}
          <p>
            <a href="/">{tx.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
