// One map view (an instrument or "fundamental", on a date), cached like a dated profile: the
// proxy rewrites `/map?instrument=C187&asOf=2021-01-01` (or `?year=`, or no date: today) here,
// so a view is rendered once per revalidation period, not per request; the route cache is
// bounded in memory (next.config). The public address keeps its query.
import { IsoDate } from "@partnership-atlas/core";
import { notFound } from "next/navigation";
import { MapPage } from "@/components/MapPage";
import { pageLang } from "@/components/page-params";
import { translator } from "@/i18n/messages";
import { InstrumentCodeParam } from "@/lib/params";
import { type MapSubject, mapQueryString } from "@/map/query";

type Props = PageProps<"/[lang]/map/view/[subject]/[date]">;

export const revalidate = 50;

export function generateStaticParams(): { subject: string; date: string }[] {
  return [];
}

async function view(props: Props) {
  const { lang: rawLang, subject: rawSubject, date: rawDate } = await props.params;
  const lang = pageLang(rawLang);
  const date = IsoDate.safeParse(rawDate);
  const code = InstrumentCodeParam.safeParse(rawSubject);
  if (!date.success || (rawSubject !== "fundamental" && !code.success)) notFound();
  const subject: MapSubject = rawSubject === "fundamental" || !code.success ? { kind: "fundamental" } : { kind: "instrument", code: code.data };
  return { lang, subject, asOf: date.data };
}

export async function generateMetadata(props: Props) {
  return { title: translator((await view(props)).lang)("mapTitle") };
}

export default async function MapViewPage(props: Props) {
  const { lang, subject, asOf } = await view(props);
  return <MapPage lang={lang} query={{ subject, asOf, explicit: true, issues: [] }} path={`/map?${mapQueryString(subject, asOf)}`} />;
}
