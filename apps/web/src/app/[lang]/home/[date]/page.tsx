// The home page for a date, cached: the proxy rewrites `/` (today's date) and `/?asOf=<date>`
// here, so the 187-row table is rendered once per date and revalidation period, not per request.
// The route cache is bounded in memory (next.config). The public address stays `/`.
import { HomeView } from "@/components/HomeView";

// The same freshness as the profiles (see ../../partners/[id]/page.tsx).
export const revalidate = 50;

// Nothing is rendered at build time (the build does not read the store).
export function generateStaticParams(): { date: string }[] {
  return [];
}

export default async function HomePage(props: PageProps<"/[lang]/home/[date]">) {
  return <HomeView {...await props.params} query={null} />;
}
