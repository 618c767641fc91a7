// China's hand-written facts, all in this module: the China–ILO records from the reference's
// china-partnership.md (prose in our own words), and how each of its ratifications is sourced.
import type {
  AgreementIn,
  ClaimIn,
  ContributionIn,
  CountryProgrammeIn,
  EvidenceIn,
  PartnerIn,
  ProjectIn,
} from "./types.js";

const ILO = "International Labour Organization";
const MOHRSS = "Ministry of Human Resources and Social Security (MOHRSS)";

export const CHINA_PARTNER: PartnerIn = {
  id: "cn",
  kind: "member-state",
  state: "CN",
  name: "China",
  office: "ILO Country Office for China and Mongolia",
  themes: [
    "employment",
    "social-protection",
    "skills-development",
    "labour-governance",
    "occupational-safety-and-health",
    "maritime-labour",
    "decent-work",
  ],
  summary: { original: "en", en: "China was among the States that founded the ILO in 1919. Its cooperation with the Office now runs on two tracks: South-South and triangular cooperation, much of it aimed at ASEAN countries and framed by the Belt and Road Initiative, and voluntary funding of the ILO's development cooperation programme. A series of memoranda with Chinese ministries sets the shared priorities, and four Decent Work Country Programmes since 2006 have set the work inside China.", zh: "中国是1919年创建国际劳工组织的国家之一。如今，中国与国际劳工局的合作沿两条轨道展开：一是南南合作和三方合作，其中大部分面向东盟国家，并纳入“一带一路”倡议框架；二是为国际劳工组织发展合作计划提供自愿捐款。与中国各部委签署的一系列谅解备忘录确定了双方的共同优先事项；2006年以来的四个体面劳动国别计划则确定了在中国国内开展的工作。", fr: "La Chine compte parmi les États qui ont fondé l’OIT en 1919. Sa coopération avec le Bureau international du Travail suit aujourd’hui deux axes : la coopération Sud-Sud et triangulaire, tournée pour une large part vers les pays de l’ASEAN et inscrite dans l’Initiative la Ceinture et la Route, et le financement volontaire du programme de coopération pour le développement de l’OIT. Une série de mémorandums d’accord avec des ministères chinois fixe les priorités communes, et quatre programmes par pays de promotion du travail décent ont défini depuis 2006 l’action menée en Chine.", es: "China figura entre los Estados que fundaron la OIT en 1919. Su cooperación con la Oficina Internacional del Trabajo sigue hoy dos vías: la cooperación Sur-Sur y triangular, dirigida en gran parte a los países de la ASEAN y enmarcada en la Iniciativa de la Franja y la Ruta, y la financiación voluntaria del programa de cooperación para el desarrollo de la OIT. Una serie de memorandos de entendimiento con ministerios chinos fija las prioridades comunes, y cuatro Programas de Trabajo Decente por País han definido desde 2006 la labor en China." },
  evidence: "verified",
  sources: [
    { source: "c10", locator: "opening paragraph" },
    { source: "c11" },
    { source: "c13", field: "office" },
  ],
  sections: [
    {
      heading: { original: "en", en: "A founding member", zh: "创始成员国", fr: "Un membre fondateur", es: "Un Miembro fundador" },
      body: { original: "en", en: "China signed the peace settlement of 1919 that created the ILO and so counts among its founding member States. The exact date on which China's membership is recorded in 1919 was not found.", zh: "中国签署了1919年创建国际劳工组织的和平条约，因此属于国际劳工组织的创始成员国。尚未查到中国1919年成员资格的确切记录日期。", fr: "La Chine a signé le règlement de paix de 1919 qui a créé l’OIT et compte donc parmi ses États Membres fondateurs. La date exacte à laquelle l’adhésion de la Chine est enregistrée en 1919 n’a pas été trouvée.", es: "China firmó el acuerdo de paz de 1919 que creó la OIT y figura, por tanto, entre sus Estados Miembros fundadores. No se encontró la fecha exacta en que se registra su condición de Miembro en 1919." },
      evidence: "verified",
      sources: [{ source: "c10" }, { source: "c11" }],
    },
    {
      heading: { original: "en", en: "Seat, return and earlier ratifications", zh: "席位、恢复参与与早期批准", fr: "Siège, retour et ratifications antérieures", es: "Escaño, regreso y ratificaciones anteriores" },
      body: { original: "en", en: "The ratifications China registered between 1930 and 1947 were made by the Nationalist government in Nanjing; the Beiyang government ratified none. The People's Republic took over China's seat in 1971 and resumed active participation in June 1983, when it sent a delegation to the 69th International Labour Conference. In 1984 it recognized the 14 Conventions ratified before 1949; one source dates the State Council decision 30 May 1984 and a letter from the Foreign Minister to the Director-General 11 June 1984, while another copy gives 1985, probably in error.", zh: "中国在1930年至1947年间登记的批准由南京国民政府作出；北洋政府未批准任何公约。中华人民共和国于1971年接替中国的席位，并于1983年6月派代表团出席第69届国际劳工大会，恢复积极参与。1984年，中国承认了1949年以前批准的14项公约；一份来源将国务院的决定日期定为1984年5月30日，将外交部长致总干事的信函日期定为1984年6月11日，而另一份副本记为1985年，很可能有误。", fr: "Les ratifications enregistrées par la Chine entre 1930 et 1947 ont été faites par le gouvernement nationaliste de Nankin ; le gouvernement de Beiyang n’en a fait aucune. La République populaire a repris le siège de la Chine en 1971 et renoué avec une participation active en juin 1983, en envoyant une délégation à la 69e session de la Conférence internationale du Travail. En 1984, elle a reconnu les 14 conventions ratifiées avant 1949 ; une source date la décision du Conseil des affaires de l’État du 30 mai 1984 et la lettre du ministre des Affaires étrangères au Directeur général du 11 juin 1984, tandis qu’une autre copie donne 1985, probablement par erreur.", es: "Las ratificaciones que China registró entre 1930 y 1947 las hizo el gobierno nacionalista de Nankín; el gobierno de Beiyang no ratificó ninguna. La República Popular asumió el escaño de China en 1971 y retomó una participación activa en junio de 1983, cuando envió una delegación a la 69.ª reunión de la Conferencia Internacional del Trabajo. En 1984 reconoció los 14 convenios ratificados antes de 1949; una fuente fecha la decisión del Consejo de Estado el 30 de mayo de 1984 y la carta del Ministro de Relaciones Exteriores al Director General el 11 de junio de 1984, mientras que otra copia indica 1985, probablemente por error." },
      evidence: "secondary",
      sources: [{ source: "c25" }, { source: "c26" }, { source: "c27" }, { source: "c31" }],
      note: "The 1984 date is supported by two secondary sources; a third gives 1985.",
    },
    {
      heading: { original: "en", en: "The ILO office in Beijing", zh: "国际劳工组织北京办事处", fr: "Le bureau de l’OIT à Beijing", es: "La oficina de la OIT en Beijing" },
      body: { original: "en", en: "The ILO Country Office for China and Mongolia opened in Beijing in 1985. It covers China, including the Hong Kong and Macau Special Administrative Regions, and Mongolia.", zh: "国际劳工组织中国和蒙古局于1985年在北京设立，负责中国（包括香港和澳门特别行政区）和蒙古。", fr: "Le Bureau de pays de l’OIT pour la Chine et la Mongolie a ouvert à Beijing en 1985. Il couvre la Chine, y compris les régions administratives spéciales de Hong Kong et de Macao, et la Mongolie.", es: "La Oficina de País de la OIT para China y Mongolia se abrió en Beijing en 1985. Abarca China, incluidas las regiones administrativas especiales de Hong Kong y Macao, y Mongolia." },
      evidence: "verified",
      sources: [{ source: "c11" }, { source: "c13" }],
      note: "One Chinese secondary source (c25) puts the opening in January 1985; only the year is verified.",
    },
    {
      heading: { original: "en", en: "South-South and triangular cooperation", zh: "南南合作和三方合作", fr: "Coopération Sud-Sud et triangulaire", es: "Cooperación Sur-Sur y triangular" },
      body: { original: "en", en: "Since 2012 the Ministry of Human Resources and Social Security and the ILO have run South-South projects in ASEAN countries. In 2019, under the Belt and Road Initiative, three Chinese ministries signed memoranda with the ILO: on social protection, skills and labour governance; on safety at work; and on applying the Maritime Labour Convention along the Maritime Silk Road. A 2022 agreement tied the work to the Global Development Initiative.", zh: "自2012年起，人力资源和社会保障部与国际劳工组织在东盟国家开展南南合作项目。2019年，在“一带一路”倡议框架下，中国三个部委与国际劳工组织签署了谅解备忘录，内容分别涉及社会保护、技能和劳动治理，工作安全，以及在海上丝绸之路沿线实施《海事劳工公约》。2022年的一项协议将这些工作与全球发展倡议联系起来。", fr: "Depuis 2012, le ministère des Ressources humaines et de la Sécurité sociale et l’OIT mènent des projets Sud-Sud dans les pays de l’ASEAN. En 2019, dans le cadre de l’Initiative la Ceinture et la Route, trois ministères chinois ont signé des mémorandums d’accord avec l’OIT : sur la protection sociale, les compétences et la gouvernance du travail ; sur la sécurité au travail ; et sur l’application de la convention du travail maritime le long de la Route de la soie maritime. Un accord de 2022 a rattaché ces travaux à l’Initiative pour le développement mondial.", es: "Desde 2012, el Ministerio de Recursos Humanos y Seguridad Social y la OIT llevan a cabo proyectos Sur-Sur en países de la ASEAN. En 2019, en el marco de la Iniciativa de la Franja y la Ruta, tres ministerios chinos firmaron memorandos de entendimiento con la OIT: sobre protección social, competencias y gobernanza del trabajo; sobre seguridad en el trabajo, y sobre la aplicación del Convenio sobre el trabajo marítimo a lo largo de la Ruta de la Seda Marítima. Un acuerdo de 2022 vinculó esta labor a la Iniciativa para el Desarrollo Global." },
      evidence: "verified",
      sources: [{ source: "c10" }, { source: "c12" }, { source: "c16" }],
    },
    {
      heading: { original: "en", en: "Recent developments", zh: "近期进展", fr: "Faits récents", es: "Novedades recientes" },
      body: { original: "en", en: "In December 2025 the ILO and the Ministry of Human Resources and Social Security amended their South-South and triangular cooperation agreement, first set up in 2008, to widen the skills programme: Cambodia and Lao PDR continue and Indonesia joins.", zh: "2025年12月，国际劳工组织与人力资源和社会保障部修订了双方于2008年首次建立的南南合作和三方合作协议，扩大技能项目：柬埔寨和老挝人民民主共和国继续参与，印度尼西亚加入。", fr: "En décembre 2025, l’OIT et le ministère des Ressources humaines et de la Sécurité sociale ont modifié leur accord de coopération Sud-Sud et triangulaire, établi pour la première fois en 2008, afin d’élargir le programme de compétences : le Cambodge et la République démocratique populaire lao continuent d’y participer et l’Indonésie le rejoint.", es: "En diciembre de 2025, la OIT y el Ministerio de Recursos Humanos y Seguridad Social modificaron su acuerdo de cooperación Sur-Sur y triangular, establecido por primera vez en 2008, para ampliar el programa de competencias: Camboya y la República Democrática Popular Lao siguen participando y se suma Indonesia." },
      evidence: "secondary",
      sources: [{ source: "c19" }],
    },
    {
      heading: { original: "en", en: "Funding", zh: "资金", fr: "Financement", es: "Financiación" },
      body: { original: "en", en: "Counting China UN Funds and money given to the ITC-ILO in Turin, China's voluntary contributions to the ILO came to a little under US$5.2 million over 2018–2022. No breakdown by year or channel was found.", zh: "计入中国联合国基金以及向国际劳工组织都灵国际培训中心提供的资金，2018年至2022年中国向国际劳工组织提供的自愿捐款略低于520万美元。未查到按年份或渠道的细分数据。", fr: "En comptant les fonds de la Chine pour l’ONU et les sommes versées au Centre international de formation de l’OIT (CIF-OIT) à Turin, les contributions volontaires de la Chine à l’OIT ont atteint un peu moins de 5,2 millions de dollars des États-Unis sur la période 2018-2022. Aucune ventilation par année ou par canal n’a été trouvée.", es: "Contando los fondos de China para la ONU y el dinero aportado al Centro Internacional de Formación de la OIT (CIF-OIT) en Turín, las contribuciones voluntarias de China a la OIT sumaron algo menos de 5,2 millones de dólares de los Estados Unidos en el período 2018-2022. No se encontró un desglose por año ni por vía de financiación." },
      evidence: "verified",
      sources: [{ source: "c10" }],
    },
    {
      heading: { original: "en", en: "Other reported funding", zh: "其他报告的资金", fr: "Autres financements signalés", es: "Otra financiación señalada" },
      body: { original: "en", en: "An undated copy of another ILO page reports US$5 million of voluntary non-core funding from China over 2020–2023 and 14 ILO projects funded by China at the time. Besides South-South projects, the money supports the Junior Professional Officer programme and secondments.", zh: "国际劳工组织另一网页的一份未注明日期的副本称，2020年至2023年中国提供了500万美元的非核心自愿资金，当时由中国资助的国际劳工组织项目共有14个。除南南合作项目外，这些资金还支持初级专业官员项目和借调人员。", fr: "Une copie non datée d’une autre page de l’OIT fait état de 5 millions de dollars des États-Unis de contributions volontaires à affectation spéciale de la Chine sur la période 2020-2023 et de 14 projets de l’OIT financés alors par la Chine. Outre les projets Sud-Sud, ces fonds soutiennent le programme des jeunes administrateurs et des détachements.", es: "Una copia sin fecha de otra página de la OIT señala 5 millones de dólares de los Estados Unidos en contribuciones voluntarias para fines específicos de China en el período 2020-2023 y 14 proyectos de la OIT financiados entonces por China. Además de los proyectos Sur-Sur, estos fondos apoyan el programa de funcionarios profesionales subalternos y las adscripciones." },
      evidence: "secondary",
      sources: [{ source: "c22" }],
    },
    {
      heading: { original: "en", en: "Priorities", zh: "优先事项", fr: "Priorités", es: "Prioridades" },
      body: { original: "en", en: "Shared priorities are employment and employment services, social protection (including for workers in the informal economy), skills development, occupational safety and health, maritime labour, and labour governance. The current country programme adds China's own international cooperation towards the decent-work goals of the 2030 Agenda.", zh: "双方的共同优先事项包括：就业与就业服务、社会保护（包括面向非正规经济劳动者的社会保护）、技能开发、职业安全与卫生、海事劳工以及劳动治理。现行国别计划还增加了中国自身为实现《2030年议程》体面劳动目标而开展的国际合作。", fr: "Les priorités communes sont l’emploi et les services de l’emploi, la protection sociale (y compris pour les travailleurs de l’économie informelle), le développement des compétences, la sécurité et la santé au travail, le travail maritime et la gouvernance du travail. Le programme par pays en cours y ajoute la coopération internationale de la Chine elle-même en faveur des objectifs de travail décent du Programme 2030.", es: "Las prioridades comunes son el empleo y los servicios de empleo, la protección social (también para los trabajadores de la economía informal), el desarrollo de competencias, la seguridad y salud en el trabajo, el trabajo marítimo y la gobernanza del trabajo. El programa por país vigente añade la propia cooperación internacional de China en favor de los objetivos de trabajo decente de la Agenda 2030." },
      evidence: "verified",
      sources: [{ source: "c10" }, { source: "c24" }],
    },
  ],
};

const party = (name: string, role: "ilo" | "government" | "workers" | "employers" | "other", signatory?: string) => ({
  name,
  role,
  ...(signatory ? { signatory } : {}),
});

export const CHINA_AGREEMENTS: AgreementIn[] = [
  {
    id: "cn-2001-mou",
    partner: "cn",
    kind: "mou",
    title: "Memorandum of Understanding between the ILO and China's labour ministry (2001)",
    signedOn: "2001",
    parties: [party(ILO, "ilo"), party(MOHRSS, "government")],
    frameworks: [],
    themes: ["employment"],
    summary: "The first MoU between the ILO and China. It supported labour market policies for the move to a market economy.",
    evidence: "verified",
    sources: [{ source: "c11" }, { source: "c14" }],
    fieldEvidence: { "parties.1.name": "unverified" },
    note: "The ILO factsheet names the ministry MOHRSS; in 2001 it was called the Ministry of Labour and Social Security, which is from memory (unverified).",
  },
  {
    id: "cn-2016-mohrss-strategic-partnership",
    partner: "cn",
    kind: "mou",
    title: "Memorandum of Understanding on a strategic partnership between the ILO and MOHRSS",
    signedOn: "2016-09-06",
    parties: [party(ILO, "ilo", "Guy Ryder, Director-General"), party(MOHRSS, "government", "Yin Weimin, Minister")],
    frameworks: [],
    themes: ["employment", "decent-work"],
    summary: "A new MoU that framed the ILO–China relationship as a strategic partnership.",
    evidence: "verified",
    sources: [{ source: "c14" }],
    note: "The date is that of the ILO press release announcing the signing.",
  },
  {
    id: "cn-2018-global-supply-chains",
    partner: "cn",
    kind: "memorandum-of-cooperation",
    title: "Memorandum of Cooperation on decent work in global supply chains",
    signedOn: "2018-05",
    parties: [party(ILO, "ilo"), party("Chinese counterpart (not named in the source)", "other")],
    frameworks: [],
    themes: ["global-supply-chains", "decent-work"],
    summary: "A memorandum on promoting decent work in global supply chains, known from a photo caption.",
    evidence: "secondary",
    sources: [{ source: "c30", locator: "photo caption" }],
    fieldEvidence: { parties: "unverified" },
    note: "The Chinese party is not named in the excerpt read.",
  },
  {
    id: "cn-2008-mohrss-sstc",
    partner: "cn",
    kind: "partnership-agreement",
    title: "South-South and Triangular Cooperation Partnership Agreement between the ILO and MOHRSS (2008)",
    signedOn: "2008",
    parties: [party(ILO, "ilo"), party(MOHRSS, "government")],
    frameworks: ["south-south-triangular"],
    themes: ["skills-development", "decent-work"],
    summary: "The SSTC partnership agreement that the 2025 amendment says was first set up in 2008.",
    evidence: "secondary",
    sources: [{ source: "c19" }],
    note: "Known only from the 2025 reports of its amendment. Whether it is the same instrument as the 2018 SSC Partnership Agreement (amended for the third time in 2021) is not known.",
  },
  {
    id: "cn-2018-mohrss-ssc-partnership",
    partner: "cn",
    kind: "partnership-agreement",
    title: "South-South Cooperation Partnership Agreement between the ILO and MOHRSS (2018)",
    signedOn: "2018",
    parties: [party(ILO, "ilo"), party(MOHRSS, "government")],
    frameworks: ["south-south-triangular", "belt-and-road"],
    themes: ["employment", "decent-work"],
    summary: "An agreement to further full employment and decent work in Asian countries, set in the context of the Belt and Road Initiative.",
    evidence: "verified",
    sources: [{ source: "c13" }, { source: "c15" }],
  },
  {
    id: "cn-2021-mohrss-ssc-partnership-amendment-3",
    partner: "cn",
    kind: "amendment",
    title: "Third amendment to the ILO–MOHRSS South-South Cooperation Partnership Agreement",
    signedOn: "2021-11-30",
    amends: "cn-2018-mohrss-ssc-partnership",
    parties: [party(ILO, "ilo", "Guy Ryder, Director-General"), party(MOHRSS, "government", "Tang Tao, Vice Minister")],
    frameworks: ["south-south-triangular"],
    themes: ["employment", "decent-work"],
    summary: "Signed at the 11th Joint Review Committee of the partnership, reaffirming it during the COVID-19 pandemic.",
    evidence: "verified",
    sources: [{ source: "c15" }],
  },
  {
    id: "cn-2019-mohrss-bri-ssc",
    partner: "cn",
    kind: "mou",
    title: "MoU on South-South Cooperation under the Framework of the Belt and Road Initiative",
    signedOn: "2019-04-27",
    parties: [party(ILO, "ilo", "Guy Ryder, Director-General"), party(MOHRSS, "government", "Zhang Jinan, Minister")],
    frameworks: ["belt-and-road", "south-south-triangular"],
    themes: ["social-protection", "skills-development", "labour-governance"],
    summary: "Covers social protection, skills development and labour governance, towards decent work, social justice and a human-centred future of work.",
    evidence: "verified",
    sources: [{ source: "c10" }, { source: "c12", field: "signedOn" }],
  },
  {
    id: "cn-2019-mem-bri-work-safety",
    partner: "cn",
    kind: "mou",
    title: "MoU on South-South Cooperation on Work Safety under the Framework of the Belt and Road Initiative",
    signedOn: "2019-04",
    parties: [party(ILO, "ilo"), party("Ministry of Emergency Management (MEM)", "government", "Huang Ming, Minister")],
    frameworks: ["belt-and-road", "south-south-triangular"],
    themes: ["occupational-safety-and-health"],
    summary: "Draws on China's record in cutting workplace accidents and on the ILO's experience in training and prevention.",
    evidence: "verified",
    sources: [{ source: "c10" }, { source: "c12", field: "signedOn" }],
    note: "Signed in April 2019 during the second Belt and Road Forum (25–27 April); the exact day is not known.",
  },
  {
    id: "cn-2019-mot-mlc-maritime-silk-road",
    partner: "cn",
    kind: "mou",
    title: "MoU on Cooperation for the Promotion of the Effective Implementation of the MLC, 2006 through the 21st Century Maritime Silk Road Initiative",
    signedOn: "2019-04",
    parties: [party(ILO, "ilo"), party("Ministry of Transport", "government")],
    frameworks: ["belt-and-road", "south-south-triangular"],
    themes: ["maritime-labour"],
    summary: "Aims at stronger enforcement of the Maritime Labour Convention, 2006 along the Maritime Silk Road, for seafarers' safety and well-being.",
    evidence: "verified",
    sources: [{ source: "c10" }, { source: "c12", field: "signedOn" }, { source: "c13" }],
    note: "Counterpart and title are verified by the ILO page (c10); signed in April 2019 during the second Belt and Road Forum, exact day unknown.",
  },
  {
    id: "cn-2019-acftu-ssc",
    partner: "cn",
    kind: "agreement",
    title: "South-South cooperation agreement between the ILO and the All-China Federation of Trade Unions",
    signedOn: "2019",
    parties: [party(ILO, "ilo"), party("All-China Federation of Trade Unions (ACFTU)", "workers")],
    frameworks: ["south-south-triangular"],
    themes: ["social-dialogue", "decent-work"],
    summary: "Supports trade-union capacity building in Asia and the Pacific over 2019–2021, following an earlier ILO–ACFTU agreement for 2013–2018.",
    evidence: "secondary",
    sources: [{ source: "c21" }],
  },
  {
    id: "cn-2022-mohrss-gdi",
    partner: "cn",
    kind: "partnership-agreement",
    title: "Partnership agreement promoting the Global Development Initiative through South-South cooperation on employment in ASEAN",
    signedOn: "2022-12-07",
    place: "Singapore (Asia and the Pacific Regional Meeting)",
    parties: [party(ILO, "ilo", "Gilbert F. Houngbo, Director-General"), party(MOHRSS, "government", "Yu Jiadong, Vice Minister")],
    frameworks: ["global-development-initiative", "south-south-triangular"],
    themes: ["employment"],
    summary: "Backs South-South cooperation on employment in ASEAN countries under the Global Development Initiative, with an initial US$1 million.",
    evidence: "verified",
    sources: [{ source: "c16" }],
    note: "The date is that of the ILO news item.",
  },
  {
    id: "cn-2025-mohrss-sstc-amendment",
    partner: "cn",
    kind: "amendment",
    title: "Amendment to the ILO–MOHRSS South-South and Triangular Cooperation Partnership Agreement",
    signedOn: "2025-12-09",
    place: "Beijing",
    amends: "cn-2008-mohrss-sstc",
    parties: [party(ILO, "ilo", "Gilbert F. Houngbo, Director-General"), party(MOHRSS, "government", "Minister of Human Resources and Social Security")],
    frameworks: ["south-south-triangular"],
    themes: ["skills-development", "decent-work"],
    summary: "Extends the partnership's skills and decent-work programme in ASEAN: work continues in Cambodia and Lao PDR and Indonesia joins. Reports put China's total contribution under the agreement at US$5 million.",
    evidence: "secondary",
    sources: [{ source: "c19" }],
  },
];

const usd = (amount: string) => ({ amount, currency: "USD" });

export const CHINA_CONTRIBUTIONS: ContributionIn[] = [
  {
    id: "cn-voluntary-2018-2022",
    partner: "cn",
    period: { from: 2018, to: 2022 },
    money: usd("5200000"),
    approximate: true,
    channel: "voluntary-all",
    recipient: "ILO, including ITC-ILO Turin and China UN Funds",
    description: "All of China's voluntary contributions over five years; the source gives a rounded total ('almost US$ 5.2 million') and no breakdown.",
    evidence: "verified",
    sources: [{ source: "c10", locator: "China's strategic contributions to the ILO" }],
  },
  {
    id: "cn-voluntary-non-core-2020-2023",
    partner: "cn",
    period: { from: 2020, to: 2023 },
    money: usd("5000000"),
    approximate: false,
    channel: "voluntary-non-core",
    recipient: "ILO development cooperation programme (voluntary non-core funding)",
    evidence: "secondary",
    sources: [{ source: "c22" }],
    note: "Overlaps the 2018–2022 total in 2020–2022; do not add the two.",
  },
  {
    id: "cn-prossce-asean-2023",
    partner: "cn",
    period: { from: 2023, to: 2023 },
    money: usd("1000000"),
    approximate: false,
    channel: "voluntary-non-core",
    recipient: "ILO ProSSCE-ASEAN project (public employment services and entrepreneurship)",
    evidence: "secondary",
    sources: [{ source: "c16", field: "money" }, { source: "c17" }],
    fieldEvidence: { money: "verified" },
    note: "The initial US$1 million under the 2022 partnership agreement is verified (c16); that it is the 2023 funding of ProSSCE-ASEAN is secondary (c17). The channel is not stated in the sources. It may be part of the 2020–2023 non-core figure.",
  },
];

const fromChina = [{ name: "Government of China (MOHRSS)", partner: "cn" }];

export const CHINA_PROJECTS: ProjectIn[] = [
  {
    id: "cn-sstc-skills-kh-la-mm",
    partner: "cn",
    title: "Strengthening Skills Development in Cambodia, Lao PDR and Myanmar through South-South and Triangular Cooperation (ILO/China SSTC Programme)",
    funders: fromChina,
    modality: "south-south-triangular",
    beneficiaries: ["KH", "LA", "MM"],
    themes: ["skills-development"],
    budget: usd("4000000"),
    status: "ongoing",
    summary: "Skills development with Chinese support in three Mekong countries. In Myanmar the work was reprogrammed through NGOs in 2023; the 2025 amendment keeps Cambodia and Lao PDR and adds Indonesia.",
    evidence: "secondary",
    sources: [{ source: "c18" }, { source: "c19" }, { source: "c22" }],
    note: "Ran through 2023 at least; start year unknown.",
  },
  {
    id: "cn-sstc-skills-network",
    partner: "cn",
    title: "SSTC Skills Development Network",
    funders: fromChina,
    modality: "south-south-triangular",
    beneficiaries: ["CN", "KH", "LA", "MM"],
    themes: ["skills-development"],
    start: "2021-11",
    status: "unknown",
    summary: "A network of 21 technical and vocational institutes in China, Cambodia, Lao PDR and Myanmar, part of the ILO/China SSTC Programme; its first annual meeting was held in 2022.",
    evidence: "secondary",
    sources: [{ source: "c18" }, { source: "c29" }],
  },
  {
    id: "cn-prossce-asean",
    partner: "cn",
    title: "ProSSCE-ASEAN: South-South cooperation on public employment services and entrepreneurship",
    funders: fromChina,
    modality: "south-south",
    beneficiaries: ["KH", "ID", "TH", "VN"],
    themes: ["employment"],
    start: "2023",
    budget: usd("1000000"),
    status: "unknown",
    summary: "Pilots in four ASEAN countries to strengthen employment policymaking, public employment services and entrepreneurship; US$1 million from China for the 2023 initial phase.",
    evidence: "secondary",
    sources: [{ source: "c17" }, { source: "c16", field: "budget" }],
    fieldEvidence: { budget: "verified" },
  },
  {
    id: "cn-employment-services-kh-la",
    partner: "cn",
    title: "ILO/China South-South cooperation project on employment services and labour market information in Cambodia and Lao PDR",
    funders: fromChina,
    modality: "south-south-triangular",
    beneficiaries: ["KH", "LA"],
    themes: ["employment"],
    status: "unknown",
    summary: "Expands employment services and improves labour market information in two countries; reported in September 2017.",
    evidence: "secondary",
    sources: [{ source: "c20" }],
    note: "Years and budget unknown.",
  },
  {
    id: "cn-social-protection-informal-la-ke",
    partner: "cn",
    title: "Social protection for workers in the informal economy (Lao PDR and Kenya)",
    funders: [{ name: "Government of China", partner: "cn" }],
    modality: "south-south-triangular",
    beneficiaries: ["LA", "KE"],
    themes: ["social-protection"],
    status: "unknown",
    summary: "Chinese funds support the extension of social protection to informal-economy workers in Lao PDR and Kenya.",
    evidence: "secondary",
    sources: [{ source: "c22" }],
    note: "Years, budget and modality details unknown.",
  },
  {
    id: "cn-acftu-trade-union-capacity",
    partner: "cn",
    title: "ILO–ACFTU South-South cooperation on trade-union capacity in Asia and the Pacific",
    funders: [{ name: "All-China Federation of Trade Unions", partner: "cn" }],
    modality: "south-south",
    beneficiaries: [],
    beneficiaryRegions: ["Asia and the Pacific"],
    themes: ["social-dialogue", "decent-work"],
    start: "2019",
    end: "2021",
    status: "completed",
    summary: "Builds the capacity of trade unions in Asia and the Pacific to advance decent work, under the 2019 ILO–ACFTU agreement.",
    evidence: "secondary",
    sources: [{ source: "c21" }],
    note: "Completed is inferred from the 2019–2021 period.",
  },
];

export const CHINA_PROGRAMMES: CountryProgrammeIn[] = [
  {
    id: "cn-dwcp-2006",
    partner: "cn",
    state: "CN",
    title: "First Decent Work Country Programme for China",
    period: { from: 2006 },
    priorities: [],
    signatories: [],
    evidence: "verified",
    sources: [{ source: "c24", locator: "the 2023 DWCP is the fourth since 2006" }],
    note: "The end year was not found; memory suggests 2010 (unverified).",
  },
  {
    id: "cn-dwcp-2013-2015",
    partner: "cn",
    state: "CN",
    title: "Decent Work Country Programme for China 2013–2015",
    period: { from: 2013, to: 2015 },
    priorities: [],
    signatories: [],
    evidence: "verified",
    sources: [{ source: "c23" }],
  },
  {
    id: "cn-dwcp-2016-2020",
    partner: "cn",
    state: "CN",
    title: "Decent Work Country Programme for China 2016–2020",
    period: { from: 2016, to: 2020 },
    priorities: [
      "More and better employment",
      "Extended social protection",
      "Rule of law and fundamental principles and rights at work",
    ],
    signatories: [
      "ILO Country Office for China and Mongolia",
      "Ministry of Human Resources and Social Security (MOHRSS)",
      "All-China Federation of Trade Unions (ACFTU)",
      "China Enterprise Confederation (CEC)",
      "State Administration of Work Safety (SAWS)",
    ],
    evidence: "verified",
    sources: [{ source: "c23" }],
    note: "Drawn up by the ILO office and endorsed by the four national constituents listed.",
  },
  {
    id: "cn-dwcp-2023-2025",
    partner: "cn",
    state: "CN",
    title: "Decent Work Country Programme for China 2023–2025",
    period: { from: 2023, to: 2025 },
    signedOn: "2023-07-12",
    priorities: [
      "Employment",
      "Social protection",
      "Harmonious labour relations and working conditions",
      "China's international cooperation on the decent-work targets of the SDGs",
    ],
    signatories: [],
    evidence: "verified",
    sources: [{ source: "c24" }],
    note: "Aligned with China's 14th Five-Year Plan. No programme was found for 2021–2022.",
  },
];

const PAGE_NOTE =
  "The ILO page is undated. Its ratification figures predate China's deposit of C029 and C105 on 12 August 2022 and count C155 as technical, as it was before the reclassification of 10 June 2022; 1 June 2022 is taken as the date it speaks for.";

const pageClaim = (claim: Omit<ClaimIn, "partner" | "statedFor" | "evidence" | "sources" | "note">): ClaimIn => ({
  partner: "cn",
  statedFor: "2022-06-01",
  evidence: "verified",
  sources: [{ source: "c10" }],
  note: PAGE_NOTE,
  ...claim,
});

export const CHINA_CLAIMS: ClaimIn[] = [
  pageClaim({ id: "cn-page-founding-member", text: "\"a founding member State of the ILO\"", metric: "membership.founding", stated: true }),
  pageClaim({ id: "cn-page-ratified-total", text: "\"has ratified 26 Conventions\"", metric: "ratifications.total", stated: 26 }),
  pageClaim({ id: "cn-page-ratified-fundamental", text: "\"four Fundamental Conventions\"", metric: "ratifications.fundamental", stated: 4 }),
  pageClaim({ id: "cn-page-ratified-governance", text: "\"two prioritized Governance Conventions\"", metric: "ratifications.governance", stated: 2 }),
  pageClaim({ id: "cn-page-ratified-technical", text: "\"20 Technical Conventions\"", metric: "ratifications.technical", stated: 20 }),
  pageClaim({
    id: "cn-page-contributions-2018-2022",
    text: "voluntary contributions \"between 2018 and 2022 totaled almost US$ 5.2 million\"",
    metric: "contributions.total",
    params: { fromYear: 2018, toYear: 2022, currency: "USD" },
    stated: "5200000",
    approximate: true,
  }),
  pageClaim({
    id: "cn-page-bri-agreements-2019",
    text: "in 2019, under the Belt and Road Initiative, \"agreements signed between the ILO and three Ministries\"",
    metric: "agreements.count",
    params: { fromYear: 2019, toYear: 2019, framework: "belt-and-road" },
    stated: 3,
  }),
];

// ---------- ratifications ----------
// How each of China's 28 ratifications is sourced, merging china-ratifications.csv with
// china-ratifications-normlex.csv. The CSV gives dates and notes; this table gives the evidence.
type Ref = { source: string; field?: string; locator?: string };

export interface StatusSpec {
  status: "in-force" | "not-in-force" | "denounced" | "abrogated";
  from?: string; // defaults to the registration date
  automaticBy?: string;
  evidence: EvidenceIn;
  sources: Ref[];
  note?: string;
}

export interface RatificationSpec {
  /** Overrides the CSV date where a better source gives another day. */
  registeredOn?: string;
  evidence: EvidenceIn;
  sources: Ref[];
  history: StatusSpec[];
  fieldEvidence?: Record<string, EvidenceIn>;
}

const fromC01: Ref = { source: "c01", field: "registeredOn" };
const year = (source: string): Ref => ({ source, field: "registeredOn", locator: "year of ratification" });
const memoryInForce: StatusSpec = {
  status: "in-force",
  evidence: "unverified",
  sources: [],
  note: "Status from memory: no source read shows it.",
};
const C01_MEMORY: RatificationSpec = { evidence: "verified", sources: [fromC01], history: [memoryInForce] };

const byMlc = (extra: Ref[] = []): StatusSpec => ({
  status: "denounced",
  from: "2016-11-12",
  automaticBy: "MLC2006",
  evidence: "unverified",
  sources: [{ source: "s21", locator: "the same pattern for Bulgaria" }, ...extra],
  note: "Expected automatic denunciation when MLC, 2006 entered into force for China (12 Nov 2016), since MLC, 2006 revises this Convention; memory and inference, not seen in NORMLEX.",
});

export const CHINA_RATIFICATIONS: Record<string, RatificationSpec> = {
  C007: {
    evidence: "verified",
    sources: [fromC01],
    history: [
      memoryInForce,
      {
        status: "denounced",
        from: "1999-04-28",
        automaticBy: "C138",
        evidence: "unverified",
        sources: [{ source: "n09", locator: "China not among the 4 States listed as in force in 2011" }],
        note: "Which instrument denounced it, and when, is from memory: C138 (28 Apr 1999, Art. 10) is assumed; MLC, 2006 (12 Nov 2016) is possible. A 2011 copy of the ILO list supports 'not in force' only.",
      },
    ],
  },
  C011: {
    evidence: "verified",
    sources: [fromC01, { source: "n11", field: "registeredOn" }],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "n11", locator: "no denunciation recorded" }] }],
  },
  C014: C01_MEMORY,
  C015: {
    evidence: "verified",
    sources: [fromC01],
    history: [
      memoryInForce,
      {
        status: "abrogated",
        from: "2017-06",
        evidence: "unverified",
        sources: [{ source: "s04", locator: "abrogation of C015 by the 106th ILC" }, { source: "n10" }],
        note: "The abrogation of C015 in June 2017 is verified (s04); that China's record shows it as abrogated is inferred. Open question: NORMLEX may instead show China's C015 as denounced in 1999 on ratification of C138, as for several States in a 2011 copy of the ILO list (n10).",
      },
    ],
  },
  C016: {
    evidence: "verified",
    sources: [fromC01, { source: "n13", field: "registeredOn" }],
    history: [memoryInForce, byMlc()],
  },
  C019: C01_MEMORY,
  C022: { evidence: "verified", sources: [fromC01, { source: "c34", field: "Macau" }], history: [memoryInForce, byMlc()] },
  C023: { evidence: "verified", sources: [fromC01, { source: "c34", field: "Macau" }], history: [memoryInForce, byMlc()] },
  C026: { evidence: "verified", sources: [fromC01, year("c02")], history: [memoryInForce] },
  C027: C01_MEMORY,
  C029: {
    evidence: "derived",
    sources: [
      { source: "c03", field: "registeredOn", locator: "deposited 'on Friday' (China Daily, 13 Aug 2022)" },
      { source: "c04", field: "NPCSC approval" },
      { source: "c05", field: "NPCSC approval" },
    ],
    history: [
      { status: "not-in-force", evidence: "derived", sources: [{ source: "c03" }], note: "Registered, not yet in force: a Convention enters into force for a State twelve months after registration." },
      { status: "in-force", from: "2023-08-12", evidence: "derived", sources: [{ source: "c06", locator: "entry into force one year after deposit" }] },
    ],
  },
  C032: C01_MEMORY,
  C045: {
    evidence: "verified",
    sources: [fromC01, year("c02"), { source: "s08", field: "abrogation agenda" }, { source: "s14", field: "abrogation agenda" }],
    history: [
      {
        status: "in-force",
        evidence: "secondary",
        sources: [{ source: "w01", locator: "C045 table, as of 2023: ratified, not denounced" }, { source: "c02", locator: "CEACR 2022 Direct Request examined C045 for China" }],
        note: "C045 is outdated and its abrogation was placed on the 2024 ILC agenda; whether the Conference abrogated it is not verified.",
      },
    ],
  },
  C059: {
    evidence: "verified",
    sources: [fromC01],
    history: [
      memoryInForce,
      {
        status: "denounced",
        from: "1999-04-28",
        automaticBy: "C138",
        evidence: "secondary",
        sources: [{ source: "c32" }, { source: "c33", field: "mechanism", locator: "C138 Art. 10" }],
        note: "Automatically denounced on ratification of C138 (minimum age of 15 or more); the exact NORMLEX wording and date were not seen.",
      },
    ],
  },
  C080: C01_MEMORY,
  C100: C01_MEMORY,
  C105: {
    evidence: "derived",
    sources: [
      { source: "c03", field: "registeredOn", locator: "deposited 'on Friday' (China Daily, 13 Aug 2022)" },
      { source: "c04", field: "NPCSC approval" },
      { source: "c05", field: "NPCSC approval" },
    ],
    history: [
      { status: "not-in-force", evidence: "derived", sources: [{ source: "c03" }], note: "Registered, not yet in force: a Convention enters into force for a State twelve months after registration." },
      { status: "in-force", from: "2023-08-12", evidence: "derived", sources: [{ source: "c06", locator: "entry into force one year after deposit" }] },
    ],
  },
  C111: C01_MEMORY,
  C122: C01_MEMORY,
  C138: {
    evidence: "verified",
    sources: [fromC01, { source: "c35", field: "registeredOn" }, year("c02")],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "c35", locator: "ratified, minimum age 16" }] }],
  },
  C144: {
    evidence: "verified",
    sources: [fromC01, year("c02")],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "w01", locator: "C144 table, as of September 2023" }] }],
  },
  C150: {
    evidence: "verified",
    sources: [fromC01, { source: "w01", field: "registeredOn" }],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "w01", locator: "C150 table, as of 2023" }] }],
  },
  C155: {
    evidence: "secondary",
    sources: [year("c02"), year("c07"), { source: "w01", field: "registeredOn", locator: "C155 table, after May 2023" }],
    fieldEvidence: { "registeredOn.year": "verified" },
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "w01", locator: "C155 table, after May 2023" }] }],
  },
  C159: {
    evidence: "verified",
    sources: [fromC01],
    history: [{ status: "in-force", evidence: "secondary", sources: [{ source: "pkulaw-c159" }], note: "Weak: a Chinese legal database marks the text as currently effective." }],
  },
  C167: {
    evidence: "verified",
    sources: [{ source: "n02", field: "registeredOn" }, year("c02")],
    history: [{ status: "in-force", evidence: "verified", sources: [{ source: "n02" }] }],
  },
  C170: {
    evidence: "verified",
    sources: [fromC01, year("c02"), { source: "n03", field: "registeredOn" }],
    history: [{ status: "in-force", evidence: "verified", sources: [{ source: "n03" }] }],
  },
  C182: C01_MEMORY,
  MLC2006: {
    evidence: "verified",
    sources: [
      { source: "c07", field: "registeredOn" },
      { source: "c08", field: "registeredOn" },
      { source: "c09", field: "amendments" },
    ],
    history: [
      { status: "not-in-force", evidence: "verified", sources: [{ source: "c07" }], note: "Ratified as the 68th ILO member State; in force twelve months later." },
      { status: "in-force", from: "2016-11-12", evidence: "verified", sources: [{ source: "c07" }, { source: "c08" }] },
    ],
  },
};
