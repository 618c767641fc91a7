// A partner's profile on a chosen date, computed per request and never cached: the dates are
// unbounded. next.config rewrites `/partners/cn?asOf=…` here; the public address keeps `?asOf=`.
import { notFound } from "next/navigation";
import { PartnerProfilePage, partnerProfileMetadata } from "@/components/PartnerProfile";

type Props = PageProps<"/[lang]/partners/[id]/as-of">;

export const dynamic = "force-dynamic";

async function request(props: Props) {
  const query = await props.searchParams;
  // Reached without `?asOf=` only by typing this internal address: not a page of its own.
  if (query.asOf === undefined) notFound();
  return { ...(await props.params), query };
}

export async function generateMetadata(props: Props) {
  return partnerProfileMetadata(await request(props));
}

export default async function DatedPartnerPage(props: Props) {
  return <PartnerProfilePage {...await request(props)} />;
}
