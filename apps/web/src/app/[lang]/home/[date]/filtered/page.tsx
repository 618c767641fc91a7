// The home page filtered or sorted (`/?region=Africa&sort=fundamental-desc`): rendered per
// request from the cached figures of the date, since the combinations of filters are unbounded.
import { HomeView } from "@/components/HomeView";

export const dynamic = "force-dynamic";

export default async function FilteredHomePage(props: PageProps<"/[lang]/home/[date]/filtered">) {
  return <HomeView {...await props.params} query={await props.searchParams} />;
}
