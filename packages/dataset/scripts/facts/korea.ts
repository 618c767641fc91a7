// Hand-written Republic of Korea–ILO records, from the reference's korea-partnership.md (prose
// in our own words; source keys K1… become ids k01…). Evidence follows the file's flags: V
// verified, V2 secondary, U unverified, never promoted. The PARDEV page exists in two versions
// (k01 later, k02 earlier) and a 2017 factsheet (k03): each one's claims are kept with its date.
import type { AgreementIn, ClaimIn, ContributionIn, PartnerIn, ProjectIn, SourceIn } from "./types.js";
import { type PartnerFacts, primarySource, secondarySource } from "./partner-facts.js";

// A partner file's sources, written the one way (partner-facts.ts).
const p = primarySource;
const s = secondarySource;

export const KOREA_SOURCES: SourceIn[] = [
  p("k01", "Republic of Korea – ILO Cooperation (later version)", "ILO Partnerships and Field Support (PARDEV)", "http://www.ilo.org/pardev/donors/korea/lang--en/index.htm", undefined, "Undated; its figures cover 2018–2022, so it was probably written in 2023. Only its first 2,000 characters were read."),
  p("k02", "Republic of Korea – ILO Cooperation (earlier version)", "ILO Partnerships and Field Support (PARDEV)", "https://www.ilo.org/pardev/donors/korea/lang--en/index.htm", undefined, "Undated; its figures cover 2015–2018, so it was probably written in 2019. Only its first 2,000 characters were read."),
  p("k03", "Republic of Korea-ILO Cooperation – Fact-Sheet, September 2017", "ILO Partnerships and Field Support (PARDEV)", "http://www.ilo.org/pardev/donors/WCMS_360429/lang--en/index.htm", "2017-09"),
  p("k04", "ILO in the Republic of Korea", "ILO Regional Office for Asia and the Pacific", "http://www.ilo.org/asia/countries/korea/lang--en/index.htm", undefined, "Undated; mentions the ratifications of November 2011, so about 2012."),
  p("k05", "The ILO in the Republic of Korea (WCMS_400160)", "ILO Regional Office for Asia and the Pacific", "https://ilo.org/asia/WCMS_400160/lang--en/index.htm", undefined, "Undated; mentions the ILC of June 2017."),
  p("k06", "Korea and the ILO: A partnership for development (WCMS_376991)", "ILO Regional Office for Asia and the Pacific", "https://www.ilo.org/asia/WCMS_376991/lang--en/index.htm"),
  s("k07", "Republic Of Korea, ILO Sign Partnership Programme Agreement (copy of ILO News, Bangkok)", "Scoop", "https://m.scoop.co.nz/stories/WO0401/S00096.htm", "2004-01-14"),
  s("k08", "Korea, ILO to support employment in developing countries", "Korea.net (Government of the Republic of Korea)", "https://www.korea.net/NewsFocus/policies/view?articleId=155954", "2018-03-16"),
  p("k09", "MoU signed between ILO and Korea's MOEL to promote SSE on a global scale", "ILO News", "https://www.ilo.org/global/topics/cooperatives/sse/WCMS_794879/lang--en/index.htm", "2021-05-26"),
  s("k10", "The ILO and the Republic of Korea enhance partnership that includes support for the Global Accelerator (copy of an ILO press release)", "unglobalaccelerator.org", "https://unglobalaccelerator.org/ilo-and-republic-korea-enhance-partnership-includes-support-global-accelerator", "2024-06"),
  s("k11", "Korea expands support to ILO with $2.8M contribution", "Devdiscourse", "https://www.devdiscourse.com/article/business/3343099-korea-expands-support-to-ilo-with-28m-contribution-for-global-jobs-protection", "2025-04-11"),
  s("k12", "2018-2020 ILO/Korea Partnership Programme funded projects in ASEAN (evaluation summary)", "ALNAP library", "https://alnap.org/help-library/resources/2018-2020-ilokorea-partnership-programme-funded-projects-in-asean-thailand-cambodia-lao", "2021"),
  s("k13", "Ratification of Three Fundamental ILO Conventions Marked in Virtual Ceremony with ILO", "Ministry of Foreign Affairs of the Republic of Korea", "https://mofa.go.kr/eng/brd/m_5650/view.do?seq=318854", "2021-04-21"),
  s("k14", "The ratification of three fundamental ILO Conventions was marked in a virtual ceremony with the ILO", "Ministry of Employment and Labor of the Republic of Korea", "https://www.moel.go.kr/english/poli/poliNewsnews_view.jsp?idx=1597", "2021-04-21"),
  s("k15", "South Korea finalizes ratification of key ILO conventions", "KBS World", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=160977", "2021-04"),
  p("k18", "CEACR Direct Request on C087, Republic of Korea (Ratification: 2021)", "ILO (NORMLEX)", "https://normlex.ilo.org/dyn/nrmlx_fr/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4420382%2C103123", "2025"),
];

const ILO = "International Labour Organization";
const MOEL = "Ministry of Employment and Labor (MOEL)";

export const KOREA_PARTNER: PartnerIn = {
  id: "kr",
  kind: "member-state",
  state: "KR",
  name: "Republic of Korea",
  themes: ["skills-development", "social-protection", "occupational-safety-and-health", "employment", "social-solidarity-economy"],
  summary:
    "The Republic of Korea joined the ILO in December 1991, having until the late 1980s received ILO support itself. Since 2004 it has funded the ILO/Korea Partnership Programme, renewed in three-year cycles, which runs skills, social protection, safety and health and employment projects, mostly in Asia and the Pacific. In April 2021 Korea ratified three fundamental Conventions on forced labour and freedom of association.",
  evidence: "verified",
  sources: [{ source: "k01" }, { source: "k05" }, { source: "k09" }, { source: "k07", field: "summary", locator: "a recipient of ILO funding until the late 1980s" }],
  sections: [
    {
      heading: "Membership",
      body: "Korea became the ILO's 152nd member State in December 1991. It was first elected to the Governing Body in 1996, chaired it from June 2003 to June 2004, and chaired the Government group in 2017–2018.",
      evidence: "verified",
      sources: [{ source: "k05" }],
      note: "A Korean government page says Korea has been a member since 1996; that is the year of its first election to the Governing Body, not of membership.",
    },
    {
      heading: "The ILO/Korea Partnership Programme",
      body: "A memorandum with the Ministry of Employment and Labor in October 2003 set up the partnership, and the programme started in 2004 with six projects. It is renewed every three years: 2018–2020, 2021–2023 and 2024–2026, the last with more than twice the money of the one before. Korean public agencies for employment information, skills, workers' compensation and safety at work take part in its projects.",
      evidence: "verified",
      sources: [{ source: "k04" }, { source: "k06" }, { source: "k09" }, { source: "k01" }, { source: "k10", field: "2024–2026 cycle" }],
    },
    {
      heading: "Ratifications of 2021",
      body: "On 20 April 2021 Korea deposited its ratifications of the Forced Labour Convention (C029) and the Conventions on freedom of association (C087) and collective bargaining (C098), at a virtual ceremony with the Director-General. They entered into force a year later. The Abolition of Forced Labour Convention (C105) remains unratified.",
      evidence: "secondary",
      sources: [{ source: "k13" }, { source: "k14" }, { source: "k15" }, { source: "k18", field: "year of C087" }],
      note: "NORMLEX confirms the year for C087 (verified); the day comes from Korean government pages (secondary).",
    },
    {
      heading: "Funding",
      body: "The later version of the ILO's partner page gives US$41.8 million of assessed contributions and US$21.2 million of voluntary, earmarked funding over 2018–2022; its chart caption gives US$63.1 million for the two together, 0.1 million more than their sum. Earlier figures are US$9.9 million of voluntary funding for 2012–2016 and US$7.3 million for 2015–2018. The earlier page's \"In 2018 … exceeded US$ 29.9 million\" of assessed contributions cannot be a single year's amount next to US$41.8 million for five years, and is not recorded as a contribution.",
      evidence: "verified",
      sources: [{ source: "k01" }, { source: "k02" }, { source: "k03" }],
    },
  ],
};

export const KOREA_AGREEMENTS: AgreementIn[] = [
  {
    id: "kr-2003-10-moel-mou",
    partner: "kr",
    kind: "mou",
    title: "Memorandum of Understanding on partnership for development",
    signedOn: "2003-10",
    parties: [{ name: `Government of the Republic of Korea, ${MOEL}`, role: "government" }, { name: ILO, role: "ilo" }],
    frameworks: [],
    themes: ["decent-work"],
    summary: "Formalised the partnership that became the ILO/Korea Partnership Programme.",
    evidence: "verified",
    sources: [{ source: "k04" }, { source: "k05" }, { source: "k06" }],
    note: "Day not found.",
  },
  {
    id: "kr-2004-01-partnership-programme",
    partner: "kr",
    kind: "partnership-agreement",
    title: "Korea/ILO Partnership Programme framework and programme cooperation agreements",
    signedOn: "2004-01",
    place: "Bangkok",
    parties: [
      { name: "Ministry of Labor of the Republic of Korea", role: "government", signatory: "Deputy Minister Byung-Suk Chung" },
      { name: ILO, role: "ilo", signatory: "Don Skerrett, Executive Director, Regions and Technical Cooperation" },
    ],
    frameworks: [],
    themes: ["skills-development", "occupational-safety-and-health", "labour-migration"],
    summary: "Launched the programme with US$500,000 for six projects in 2004.",
    evidence: "secondary",
    sources: [{ source: "k07" }, { source: "k01", field: "year" }, { source: "k04", field: "year" }],
    note: "Reported on 14 January 2004; the signing day is not given. The 2004 launch is verified on ILO pages.",
  },
  {
    id: "kr-2018-03-14-moel-mou",
    partner: "kr",
    kind: "mou",
    title: "MOEL–ILO Memorandum of Understanding on Korea–ILO cooperation 2018–2020",
    signedOn: "2018-03-14",
    place: "Geneva",
    parties: [{ name: MOEL, role: "government", signatory: "Kim Dae-hwan" }, { name: ILO, role: "ilo", signatory: "Deputy Director-General Moussa Oumarou" }],
    frameworks: [],
    themes: ["employment", "skills-development", "social-protection", "occupational-safety-and-health"],
    summary: "US$3 million over three years for Myanmar, Cambodia, Viet Nam, Lao PDR, Namibia and Malawi (programme GLO/17/01/ROK, five projects).",
    evidence: "secondary",
    sources: [{ source: "k08" }, { source: "k12" }, { source: "k01", field: "renewal for 2018–2020" }],
  },
  {
    id: "kr-2021-05-06-moel-mou",
    partner: "kr",
    kind: "mou",
    title: "MOEL–ILO Memorandum of Understanding on the ILO/Korea Partnership Programme 2021–2023",
    signedOn: "2021-05-06",
    parties: [
      { name: MOEL, role: "government", signatory: "Noh Kil Jun, Director-General, Bureau of International Cooperation" },
      { name: ILO, role: "ilo", signatory: "Rie Vejs-Kjeldgaard, Director, PARDEV" },
    ],
    frameworks: [],
    themes: ["social-solidarity-economy", "skills-development", "social-protection"],
    summary: "Seven development cooperation projects for 2021–2023, among them one on the social and solidarity economy.",
    evidence: "verified",
    sources: [{ source: "k09" }],
  },
  {
    id: "kr-2024-06-partnership-agreement",
    partner: "kr",
    kind: "partnership-agreement",
    title: "Korea–ILO Partnership Programme 2024–2026",
    signedOn: "2024-06",
    place: "Geneva, during the 112th International Labour Conference",
    parties: [
      { name: MOEL, role: "government", signatory: "Minister Lee Jung Sik" },
      { name: ILO, role: "ilo", signatory: "Director-General Gilbert F. Houngbo" },
    ],
    frameworks: [],
    themes: ["employment", "social-protection"],
    summary: "Supports the UN Global Accelerator on Jobs and Social Protection for Just Transitions, labour market policies and employment services, and projects in Asia and the Pacific.",
    evidence: "secondary",
    sources: [{ source: "k10" }],
    note: "The day is not known.",
  },
  {
    id: "kr-2025-04-10-ikorp-top-up",
    partner: "kr",
    kind: "agreement",
    title: "Additional agreement to the ILO-Korea Partnership Programme (I-KORP)",
    signedOn: "2025-04-10",
    place: "Bangkok",
    amends: "kr-2024-06-partnership-agreement",
    parties: [
      { name: MOEL, role: "government", signatory: "Park Il-Hoon, Director-General" },
      { name: ILO, role: "ilo", signatory: "Mia Seppo, Assistant Director-General" },
    ],
    frameworks: [],
    themes: ["employment", "skills-development", "social-protection"],
    summary: "US$2.8 million more for 2024–2026: green transition, youth employment and skills, and the Global Accelerator.",
    evidence: "secondary",
    sources: [{ source: "k11" }],
  },
];

const money = (
  id: string,
  from: number,
  to: number,
  amount: string,
  channel: ContributionIn["channel"],
  recipient: string,
  evidence: "verified" | "secondary",
  source: string,
  extra: Partial<ContributionIn> = {},
): ContributionIn => ({
  id,
  partner: "kr",
  period: { from, to },
  money: { amount, currency: "USD" },
  approximate: false,
  channel,
  recipient,
  evidence,
  sources: [{ source }],
  ...extra,
});

export const KOREA_CONTRIBUTIONS: ContributionIn[] = [
  money("kr-voluntary-2012-2016", 2012, 2016, "9900000", "voluntary-all", "ILO development cooperation programme", "verified", "k03"),
  money("kr-voluntary-2015-2018", 2015, 2018, "7300000", "voluntary-non-core", "ILO", "verified", "k02"),
  money("kr-assessed-2018-2022", 2018, 2022, "41800000", "assessed", "ILO regular budget", "verified", "k01"),
  money("kr-voluntary-2018-2022", 2018, 2022, "21200000", "voluntary-non-core", "ILO, earmarked for themes or projects", "verified", "k01"),
  money("kr-programme-2004", 2004, 2004, "500000", "voluntary-non-core", "ILO/Korea Partnership Programme: six projects in Asia and the Pacific", "secondary", "k07", {
    note: "A Korean government page speaks of about US$1 million a year since 2004, which does not fit this figure; it is not recorded.",
  }),
  money("kr-programme-2018-2020", 2018, 2020, "3000000", "voluntary-non-core", "ILO/Korea Partnership Programme 2018–2020", "secondary", "k08"),
  money("kr-programme-2021-2023", 2021, 2023, "4600000", "voluntary-non-core", "ILO/Korea Partnership Programme 2021–2023", "secondary", "k10", {
    fieldEvidence: { period: "derived" },
    note: "The source speaks of \"the previous phase\"; 2021–2023 is that phase.",
  }),
  money("kr-programme-2024-2026", 2024, 2026, "9150000", "voluntary-non-core", "Korea–ILO Partnership Programme 2024–2026", "secondary", "k10"),
  money("kr-ikorp-top-up-2024-2026", 2024, 2026, "2800000", "voluntary-non-core", "Korea–ILO Partnership Programme 2024–2026 (addition)", "secondary", "k11", {
    description: "Brings the programme's total for 2024–2026 to US$11.95 million.",
  }),
];

export const KOREA_PROJECTS: ProjectIn[] = [
  {
    id: "kr-asean-tvet-skills",
    partner: "kr",
    title: "Promoting ASEAN initiatives in TVET and skills for an inclusive future",
    funders: [{ name: MOEL, partner: "kr" }],
    modality: "bilateral",
    beneficiaries: ["KH", "LA", "MM"],
    beneficiaryRegions: ["ASEAN"],
    themes: ["skills-development"],
    start: "2018",
    end: "2020",
    budget: { amount: "800000", currency: "USD" },
    status: "completed",
    summary: "Part of the 2018–2020 programme GLO/17/01/ROK.",
    evidence: "secondary",
    sources: [{ source: "k12" }],
  },
  {
    id: "kr-asean-social-protection-floors",
    partner: "kr",
    title: "Sustainable social protection floors in ASEAN, phase II",
    funders: [{ name: MOEL, partner: "kr" }],
    modality: "bilateral",
    beneficiaries: ["KH", "MM", "VN"],
    themes: ["social-protection"],
    start: "2018",
    end: "2020",
    budget: { amount: "900000", currency: "USD" },
    status: "completed",
    summary: "Part of the 2018–2020 programme GLO/17/01/ROK.",
    evidence: "secondary",
    sources: [{ source: "k12" }],
  },
  {
    id: "kr-osh-framework",
    partner: "kr",
    title: "Establishing and enhancing an overall OSH framework",
    funders: [{ name: MOEL, partner: "kr" }],
    modality: "bilateral",
    beneficiaries: ["MM", "LA"],
    themes: ["occupational-safety-and-health"],
    start: "2018",
    end: "2020",
    budget: { amount: "300000", currency: "USD" },
    status: "completed",
    summary: "Part of the 2018–2020 programme GLO/17/01/ROK.",
    evidence: "secondary",
    sources: [{ source: "k12" }],
  },
  {
    id: "kr-namibia-employment-services",
    partner: "kr",
    title: "Strengthening public employment services in Namibia",
    funders: [{ name: "Republic of Korea", partner: "kr" }],
    modality: "bilateral",
    beneficiaries: ["NA"],
    themes: ["employment"],
    status: "unknown",
    summary: "Named on the earlier partner page among the programmes the ILO was running with Korean funds.",
    evidence: "verified",
    sources: [{ source: "k02" }],
    note: "About 2018–2019; the years are not given.",
  },
  {
    id: "kr-sse-knowledge-base",
    partner: "kr",
    title: "Strengthening the Social and Solidarity Economy knowledge base",
    funders: [{ name: MOEL, partner: "kr" }],
    modality: "bilateral",
    beneficiaries: ["MN", "VN", "KH", "LA", "TH", "KG"],
    themes: ["social-solidarity-economy"],
    start: "2021",
    end: "2023",
    status: "completed",
    summary: "Research in six Asian countries and pilots of cooperative statistics for the 21st International Conference of Labour Statisticians (2023).",
    evidence: "verified",
    sources: [{ source: "k09" }],
    note: "Completed is inferred from the 2021–2023 period.",
  },
  {
    id: "kr-global-accelerator",
    partner: "kr",
    title: "Support to the Global Accelerator on Jobs and Social Protection",
    funders: [{ name: MOEL, partner: "kr" }],
    modality: "bilateral",
    beneficiaries: [],
    beneficiaryRegions: ["Global"],
    themes: ["employment", "social-protection"],
    start: "2024",
    end: "2026",
    status: "ongoing",
    summary: "Labour market policies, links between skills and social protection, and macro-structural policies, within the 2024–2026 programme.",
    evidence: "secondary",
    sources: [{ source: "k10" }],
  },
];

const claim = (
  id: string,
  source: "k01" | "k02" | "k03",
  text: string,
  rest: Pick<ClaimIn, "metric" | "stated"> & Partial<ClaimIn>,
): ClaimIn => ({
  id,
  partner: "kr",
  text,
  statedFor: STATED_FOR[source],
  evidence: "verified",
  sources: [{ source }],
  note: NOTES[source],
  ...rest,
});

const STATED_FOR = { k01: "2023-01-01", k02: "2019-01-01", k03: "2017-09-01" } as const;
const NOTES = {
  k01: "The later version of the partner page is undated; its figures cover 2018–2022, so 1 January 2023 is taken as the date it speaks for.",
  k02: "The earlier version of the partner page is undated; its figures cover 2015–2018, so 1 January 2019 is taken as the date it speaks for.",
  k03: "The factsheet is dated September 2017.",
} as const;

export const KOREA_CLAIMS: ClaimIn[] = [
  claim("kr-factsheet-2017-ratified-total", "k03", "\"has ratified 29 ILO Conventions\"", { metric: "ratifications.total", stated: 29 }),
  claim("kr-factsheet-2017-fundamental", "k03", "\"including four of the eight fundamental Conventions\"", { metric: "ratifications.fundamental", stated: 4 }),
  claim("kr-factsheet-2017-voluntary-2012-2016", "k03", "voluntary contributions \"in the period 2012-2016 amounted to US$ 9.9 million\"", {
    metric: "contributions.total",
    params: { fromYear: 2012, toYear: 2016, currency: "USD", contributionKind: "voluntary" },
    stated: "9900000",
  }),
  claim("kr-page-2019-ratified-total", "k02", "\"has ratified 29 ILO conventions\"", { metric: "ratifications.total", stated: 29 }),
  claim("kr-page-2019-fundamental", "k02", "\"including, four Fundamental Conventions\"", { metric: "ratifications.fundamental", stated: 4 }),
  claim("kr-page-2019-assessed-2018", "k02", "\"In 2018, Korea's assessed contribution to the ILO's regular budget exceeded US$ 29.9 million\"", {
    metric: "contributions.total",
    params: { fromYear: 2018, toYear: 2018, currency: "USD", contributionKind: "assessed" },
    stated: "29900000",
    approximate: true,
    evidence: "unverified",
    note: `${NOTES.k02} The figure looks wrong for one year: the later page gives US$41.8 million for the five years 2018–2022, about US$8.4 million a year; it may be a total for 2015–2018 labelled as 2018.`,
  }),
  claim("kr-page-2019-voluntary-2015-2018", "k02", "\"Total voluntary contributions by Korea to the ILO between 2015 and 2018 amounted to US$ 7.3 million\"", {
    metric: "contributions.total",
    params: { fromYear: 2015, toYear: 2018, currency: "USD", contributionKind: "voluntary" },
    stated: "7300000",
  }),
  claim("kr-page-2023-ratified-total", "k01", "\"has ratified 29 ILO conventions\"", { metric: "ratifications.total", stated: 29 }),
  claim("kr-page-2023-fundamental", "k01", "\"including, four Fundamental Conventions\"", { metric: "ratifications.fundamental", stated: 4 }),
  claim("kr-page-2023-assessed-2018-2022", "k01", "\"From 2018 to 2022, the Republic of Korea contributed US$ 41.8 million\" (assessed)", {
    metric: "contributions.total",
    params: { fromYear: 2018, toYear: 2022, currency: "USD", contributionKind: "assessed" },
    stated: "41800000",
  }),
  claim("kr-page-2023-voluntary-2018-2022", "k01", "\"From 2018 to 2022, the Republic of Korea contributed US$ 21.2 million\" (voluntary, non-core)", {
    metric: "contributions.total",
    params: { fromYear: 2018, toYear: 2022, currency: "USD", contributionKind: "voluntary" },
    stated: "21200000",
  }),
  claim("kr-page-2023-total-2018-2022", "k01", "chart caption \"contributions to the ILO, 2018-2022 (US$ 63.1M)\"", {
    metric: "contributions.total",
    params: { fromYear: 2018, toYear: 2022, currency: "USD" },
    stated: "63100000",
    parts: ["kr-page-2023-assessed-2018-2022", "kr-page-2023-voluntary-2018-2022"],
  }),
];

/** Sharper ratification facts: the deposit of 20 April 2021, and the ILO Asia page's dates. */
export const KOREA_FACTS: PartnerFacts = {
  ratifications: [
    ...["C029", "C087", "C098"].flatMap((instrument) => [
      {
        state: "KR",
        instrument,
        registeredOn: "2021-04-20",
        evidence: "secondary" as const,
        source: "k13",
        locator: "instruments of ratification of C29, C87 and C98 deposited on 20 April 2021",
        history: [
          { status: "not-in-force" as const, from: "2021-04-20", evidence: "secondary" as const, sources: [{ source: "k14" }] },
          { status: "in-force" as const, from: "2022-04-20", evidence: "secondary" as const, sources: [{ source: "k14", locator: "enter into force on 20 April 2022" }] },
        ],
      },
      { state: "KR", instrument, registeredOn: "2021-04-20", evidence: "secondary" as const, source: "k14", locator: "deposited at a virtual ceremony on 20 April 2021" },
    ]),
    { state: "KR", instrument: "C087", registeredOn: "2021", evidence: "verified", source: "k18", locator: "\"Ratification: 2021\"" },
    { state: "KR", instrument: "C155", registeredOn: "2008", evidence: "verified", source: "k04", locator: "C155 and C187 ratified in 2008" },
    { state: "KR", instrument: "C187", registeredOn: "2008", evidence: "verified", source: "k04", locator: "C155 and C187 ratified in 2008" },
    ...["C002", "C047", "C115", "C139"].map((instrument) => ({
      state: "KR",
      instrument,
      registeredOn: "2011-11",
      evidence: "verified" as const,
      source: "k04",
      locator: "C2, C115, C139 and C47 ratified in November 2011",
    })),
  ],
  membership: { state: "KR", memberSince: "1991-12", evidence: "verified", source: "k05", locator: "\"the ILO's 152nd member country in December 1991\"" },
};

export const KOREA = {
  sources: KOREA_SOURCES,
  partner: KOREA_PARTNER,
  agreements: KOREA_AGREEMENTS,
  contributions: KOREA_CONTRIBUTIONS,
  projects: KOREA_PROJECTS,
  programmes: [],
  claims: KOREA_CLAIMS,
  facts: KOREA_FACTS,
};
