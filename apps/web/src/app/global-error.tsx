"use client";
// Last-resort error page when even the layout fails: no stack trace, only a reference.
import { ErrorDetails } from "@/components/ErrorDetails";
import { ERROR_TEXT } from "@/components/error-text";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const tx = ERROR_TEXT.en;
  return (
    <html lang="en">
      <body>
        <main>
          <ErrorDetails tx={tx} digest={error.digest} />
          <p>
            <a href="/">{tx.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
