// Today's profile of a partner: rendered on the first request, then served from the cache and
// rendered again in the background at most every `revalidate` seconds. It reads nothing from the
// request (a date asked with `?asOf=` is rewritten to ./as-of, which is computed on demand).
import { PartnerProfilePage, partnerProfileMetadata } from "@/components/PartnerProfile";

// 50 s, not 60: a change shows at most this long after the page was last rendered, plus one
// render, so the 60-second freshness promise holds with room to spare.
export const revalidate = 50;

// No partner is rendered at build time (the build does not read the store); each is rendered
// on its first request and cached from then on.
export function generateStaticParams(): { id: string }[] {
  return [];
}

export async function generateMetadata(props: PageProps<"/[lang]/partners/[id]">) {
  return partnerProfileMetadata({ ...(await props.params), query: null });
}

export default async function PartnerPage(props: PageProps<"/[lang]/partners/[id]">) {
  return <PartnerProfilePage {...await props.params} query={null} />;
}
