// A partner's profile on a chosen date, or as recorded on a past moment, computed per request and
// never cached: both are unbounded. next.config rewrites `/partners/cn?asOf=…` and `?recordedOn=…`
// here; the public address keeps its query.
import { notFound } from "next/navigation";
import { PartnerProfilePage, partnerProfileMetadata } from "@/components/PartnerProfile";

type Props = PageProps<"/[lang]/partners/[id]/as-of">;

export const dynamic = "force-dynamic";

async function request(props: Props) {
  const query = await props.searchParams;
  // Reached without `?asOf=` or `?recordedOn=` only by typing this internal address: not a page of its own.
  if (query.asOf === undefined && query.recordedOn === undefined) notFound();
  return { ...(await props.params), query };
}

export async function generateMetadata(props: Props) {
  return partnerProfileMetadata(await request(props));
}

export default async function DatedPartnerPage(props: Props) {
  return <PartnerProfilePage {...await request(props)} />;
}
