import type { Locale } from './types.js';

/** Languages pressparse does not extract in depth: enough to detect them and read their dates. */
const base = {
  labels: [], numberMarks: [], titleQualifiers: [], namedLabels: [], embargo: null, endMark: null, aboutHeading: null, aboutLead: null, aboutDescription: null, contactHeading: null, contactRole: null, contactSentence: null, wirePrefix: null, termIntro: null, captionLabel: null, captionCredited: null,
  captionUnlabelled: null, creditLabel: null, byline: null, readingTime: null, siteNotice: null, mailSubject: null, salutation: null, valediction: null, dateLabels: [], issuer: null, timeZones: {}, clockWords: [], pageNumber: null, listing: null, trailer: null, notice: null, wires: [], dispatch: null, chrome: [], siteNavigation: [], breadcrumbLeads: [], issuerLeads: [], shareButtons: [], relatedHeadings: [], speechVerbs: [], speechAdverbs: [], chromeLabels: [], imagePlaceholders: [], callsToAction: [], settingOpeners: [], settingEnds: [], leadingHonorifics: [], selfReferences: [], speakerWords: [], contactRegions: [], reportVerbs: [], reportOpeners: [], reportAuxiliaries: [], honorifics: [],
  female: [], male: [], speakerLeads: [], leadIns: [], timeWords: [], pronouns: {}, titleHeads: [], abbreviations: [], orgSuffixes: [], addressForms: [], placeSuffixes: [], orgWords: [], companySuffixes: [], noticeSubjects: [], boundParticles: [], legalForms: [], departments: [], dateArticles: [], listIntros: [], descriptionBreaks: [], portfolioHeads: [], highlightHeadings: [], quoteHeadings: [], documentSubjects: [], titleOf: [], ranks: [], postnominals: [], surnames: [], regions: {}, phoneRegions: [], phoneLabels: [],
  faxLabels: [], emailLabels: [], nameLabels: [], contactVerbs: [], contactConnectors: [], nameColumns: [], titleColumns: [], organizationColumns: [],
  compoundHeads: [], danglingWords: [], peopleNouns: [],
} satisfies Omit<Locale, 'tags' | 'stopwords' | 'months'>;

export const fr: Locale = {
  ...base,
  tags: ['fr'],
  phoneRegions: ['FR', 'BE', 'CH'],
  stopwords: ['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'pour', 'dans', 'avec', 'sur', 'qui', 'au', 'aux'],
  months: {
    janvier: 1, 'janv.': 1, février: 2, fevrier: 2, 'févr.': 2, mars: 3, avril: 4, 'avr.': 4, mai: 5, juin: 6,
    juillet: 7, 'juil.': 7, août: 8, aout: 8, septembre: 9, 'sept.': 9, octobre: 10, 'oct.': 10, novembre: 11,
    'nov.': 11, décembre: 12, decembre: 12, 'déc.': 12,
  },
  dateArticles: ['le'],
  labels: ['communiqué de presse', 'communique de presse', 'information presse', 'dossier de presse'],
  phoneLabels: ['tél', 'tél.', 'tel', 'téléphone', 'portable', 'mobile'],
  emailLabels: ['email', 'e-mail', 'courriel', 'mail'],
};

export const de: Locale = {
  ...base,
  tags: ['de'],
  phoneRegions: ['DE', 'AT', 'CH'],
  stopwords: ['der', 'die', 'und', 'das', 'ist', 'mit', 'für', 'von', 'den', 'nicht', 'auf', 'ein', 'eine', 'im'],
  months: {
    januar: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10,
    november: 11, dezember: 12,
  },
  dateArticles: ['den', 'am'],
  labels: ['pressemitteilung', 'presseinformation'],
};

export const es: Locale = {
  ...base,
  tags: ['es'],
  phoneRegions: ['ES'],
  stopwords: ['el', 'los', 'las', 'y', 'que', 'para', 'con', 'una', 'por', 'del', 'se', 'en'],
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
    octubre: 10, noviembre: 11, diciembre: 12,
  },
  dateArticles: ['a'],
  labels: ['comunicado de prensa', 'nota de prensa'],
};

/** Japanese is told by its kana; its dates share the CJK 年月日 form. */
export const ja: Locale = {
  ...base,
  tags: ['ja'],
  phoneRegions: ['JP'],
  stopwords: [],
  months: {},
  // The salutation over a release to the press (報道関係者各位: "to all members of the press") is its label.
  labels: ['プレスリリース', 'ニュースリリース', '報道関係各位', '報道関係者各位', '報道機関各位'],
  // Matched on folded text, where a kanji may read as its Simplified form (問 as 问, 関 as 关) or not.
  issuer: /^(?:(?:株式会社|有限会社|合同会社) ?[^\s、。：:]{1,30}|[^\s、。：:]{1,30}(?:株式会社|有限会社|合同会社))$/,
  contactHeading: /^[【[]?(?:本件に[関关]する|[報报]道[関关][係系]者の)?(?:お[问問]い?合わせ|お[问問]合せ)先?[】\]]?/,
  phoneLabels: ['電話', '携帯'],
  faxLabels: [],
  emailLabels: ['メール', 'メールアドレス'],
};
