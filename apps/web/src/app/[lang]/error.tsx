"use client";
// The error page: a plain apology and a reference, never a stack trace.
import { useParams } from "next/navigation";
import { ErrorDetails } from "@/components/ErrorDetails";
import { ERROR_TEXT, errorLang } from "@/components/error-text";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = errorLang(useParams().lang);
  const tx = ERROR_TEXT[lang];
  return (
    <main id="main" className="error-page">
      <ErrorDetails tx={tx} digest={error.digest} />
      <p>
        <button type="button" onClick={reset}>
          {tx.retry}
        </button>{" "}
        <a href={lang === "en" ? "/" : `/${lang}`}>{tx.home}</a>
      </p>
    </main>
  );
}
