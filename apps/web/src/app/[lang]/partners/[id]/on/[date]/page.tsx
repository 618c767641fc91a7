// A partner's profile on a chosen date, cached like today's profile: the proxy rewrites
// `/partners/cn?asOf=2022-06-01` (a real date, a known partner) here, so a dated view is rendered
// once per date and revalidation period, not per request. The route cache is bounded in memory
// (next.config), so unbounded dates cannot fill it. The public address keeps `?asOf=`.
import { PartnerProfilePage, partnerProfileMetadata } from "@/components/PartnerProfile";

type Props = PageProps<"/[lang]/partners/[id]/on/[date]">;

// The same freshness as today's profile (see ../../page.tsx).
export const revalidate = 50;

export function generateStaticParams(): { date: string }[] {
  return [];
}

async function request(props: Props) {
  const { lang, id, date } = await props.params;
  return { lang, id, query: { asOf: date } };
}

export async function generateMetadata(props: Props) {
  return partnerProfileMetadata(await request(props));
}

export default async function DatedPartnerPage(props: Props) {
  return <PartnerProfilePage {...await request(props)} />;
}
