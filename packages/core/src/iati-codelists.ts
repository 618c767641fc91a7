// The subsets of IATI 2.03 codelists that the IATI export writes, as data. Source: IATI's
// published codelists, repository IATI/IATI-Codelists, branch version-2.03 (xml/<Name>.xml),
// also at iatistandard.org/en/iati-standard/203/codelists/. Only codes the export uses are
// listed; the tests check every code in an exported file against these lists.

/** ActivityStatus (embedded codelist), complete. */
export const IATI_ACTIVITY_STATUS = {
  "1": "Pipeline/identification",
  "2": "Implementation",
  "3": "Completion",
  "4": "Post-completion",
  "5": "Cancelled",
  "6": "Suspended",
} as const;

/** ActivityDateType (core codelist), complete. */
export const IATI_ACTIVITY_DATE_TYPE = {
  "1": "Planned start",
  "2": "Actual start",
  "3": "Planned End",
  "4": "Actual end",
} as const;

/** DescriptionType (core codelist): the one type used. */
export const IATI_DESCRIPTION_TYPE = {
  "1": "General",
} as const;

/** OrganisationRole (core codelist), complete. */
export const IATI_ORGANISATION_ROLE = {
  "1": "Funding",
  "2": "Accountable",
  "3": "Extending",
  "4": "Implementing",
} as const;

/** OrganisationType (core codelist): the codes a partner's kind maps to, and the ILO's (40). */
export const IATI_ORGANISATION_TYPE = {
  "10": "Government",
  "40": "Multilateral",
  "60": "Foundation",
  "70": "Private Sector",
} as const;

/** SectorVocabulary (core codelist): the two vocabularies used. */
export const IATI_SECTOR_VOCABULARY = {
  "1": "OECD DAC CRS Purpose Codes (5 digit)",
  "99": "Reporting Organisation",
} as const;

/** Sector (non-embedded codelist, vocabulary 1): the DAC purpose codes the themes map to. */
export const IATI_SECTOR = {
  "11330": "Vocational training",
  "16010": "Social Protection",
  "16020": "Employment creation",
  "16070": "Labour Rights",
  "16080": "Social Dialogue",
} as const;

/** DocumentCategory (core codelist): the one category used for every source. */
export const IATI_DOCUMENT_CATEGORY = {
  A12: "Activity web page",
} as const;

/** FileFormat (non-embedded codelist, IANA media types): the two formats written. */
export const IATI_FILE_FORMAT = {
  "text/html": "text/html",
  "application/pdf": "application/pdf",
} as const;

/** Every codelist subset above, by the name IATI gives the codelist. */
export const IATI_CODELISTS = {
  ActivityStatus: IATI_ACTIVITY_STATUS,
  ActivityDateType: IATI_ACTIVITY_DATE_TYPE,
  DescriptionType: IATI_DESCRIPTION_TYPE,
  OrganisationRole: IATI_ORGANISATION_ROLE,
  OrganisationType: IATI_ORGANISATION_TYPE,
  SectorVocabulary: IATI_SECTOR_VOCABULARY,
  Sector: IATI_SECTOR,
  DocumentCategory: IATI_DOCUMENT_CATEGORY,
  FileFormat: IATI_FILE_FORMAT,
} as const;
export type IatiCodelistName = keyof typeof IATI_CODELISTS;
