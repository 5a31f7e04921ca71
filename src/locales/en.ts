import type { Locale } from './types.js';

export const en: Locale = {
  tags: ['en'],
  stopwords: ['the', 'and', 'of', 'to', 'in', 'for', 'with', 'is', 'on', 'that', 'will', 'said', 'its', 'has'],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  labels: [
    'press release', 'news release', 'media release', 'for immediate release', 'immediate release',
    'press announcement', 'media advisory', 'media statement', 'press statement', 'joint press release',
    'for immediate publication',
  ],
  embargo: /^(?:embargoed|embargo\b|under embargo|strictly embargoed|not for (?:publication|release|distribution) (?:until|before)|hold for release)/i,
  endMark: /^(?:#\s?#\s?#|-\s?30\s?-|-+ ?ends? ?-+|\[?ends?\]?|ends\s*\/.*)$/i,
  aboutHeading: /^about\s+(\S.{0,80})$/i,
  contactHeading:
    /^(?:for (?:further|more) (?:information|details|enquiries|inquiries)|for media (?:enquiries|inquiries)|(?:media|press|news|investor|public) (?:contacts?|enquiries|inquiries|relations)|(?:media|press) and investor (?:contacts?|enquiries|inquiries)|contacts?)\b/i,
  captionLabel: /^((?:photo|picture|image|caption|figure|fig\.|photo caption)(?: ?(?:\d{1,3}|[ivx]{1,5}))?) ?:/i,
  captionUnlabelled: /^\(?(?:from left|from right|left to right|l-r|l to r)\b/i,
  creditLabel: /^((?:image|photo|picture) credits?|credits?) ?:/i,
  trailer: /^(?:issued at hkt\b|nnnn$|source:? [^.]{1,80}$)/i,
  chrome: [
    'send this to a friend', 'share this', 'share this article', 'share this page', 'share', 'print',
    'print this page', 'back to top', 'back', 'related news', 'related articles', 'related stories', 'read more',
    'tweet', 'email this', 'email this page', 'previous', 'next', 'subscribe', 'top',
  ],
  speechVerbs: [
    'said', 'says', 'added', 'adds', 'commented', 'comments', 'noted', 'notes', 'stated', 'states', 'explained',
    'explains', 'remarked', 'continued', 'concluded', 'emphasised', 'emphasized', 'highlighted', 'observed',
    'pointed out', 'shared', 'told', 'recalled', 'declared', 'announced', 'acknowledged', 'urged', 'replied',
    'believes', 'expressed',
  ],
  honorifics: [
    'professor', 'prof.', 'prof', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'sir', 'dame',
    'ir', 'the hon.', 'the hon', 'hon.', 'hon', 'madam',
  ],
  female: ['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'madam'],
  male: ['mr.', 'mr', 'sir'],
  pronouns: { he: 'm', she: 'f', they: null },
  titleHeads: [
    'ceo', 'cfo', 'coo', 'cto', 'cmo', 'cio', 'chief', 'officer', 'president', 'chairman', 'chairwoman', 'chair',
    'chairperson', 'director', 'secretary', 'minister', 'manager', 'head', 'founder', 'co-founder', 'cofounder',
    'partner', 'dean', 'principal', 'commissioner', 'executive', 'vice-president', 'vice', 'governor', 'mayor',
    'spokesman', 'spokeswoman', 'spokesperson', 'lead', 'leader', 'analyst', 'counsel', 'treasurer', 'editor',
    'professor', 'lecturer', 'researcher', 'scientist', 'engineer', 'consultant', 'adviser', 'advisor',
    'coordinator', 'specialist', 'representative', 'superintendent', 'controller', 'owner', 'general', 'vp',
    'svp', 'evp', 'md', 'board', 'member', 'fellow', 'curator', 'librarian', 'organizer', 'organiser', 'author',
  ],
  orgSuffixes: [
    'inc', 'inc.', 'ltd', 'ltd.', 'limited', 'corp', 'corp.', 'corporation', 'company', 'co.', 'llc', 'llp', 'plc',
    'gmbh', 'ag', 'sa', 's.a.', 'group', 'holdings', 'agency', 'communications', 'pr', 'relations', 'partners',
    'university', 'college', 'council', 'association', 'foundation', 'department', 'bureau', 'office',
    'authority', 'commission', 'institute', 'bank', 'hospital', 'society', 'trust', 'network', 'ventures',
    'capital', 'labs', 'technologies', 'systems', 'parks', 'government', 'library', 'museum', 'project',
    'consulting', 'media', 'studio', 'studios', 'school', 'club', 'alliance', 'coalition', 'federation',
  ],
  surnames: [],
  phoneLabels: ['tel', 'tel.', 'telephone', 'phone', 'mobile', 'mob', 'cell', 'direct', 'office', 't', 'm', 'hotline', 'whatsapp', 'ph'],
  faxLabels: ['fax', 'f'],
  emailLabels: ['email', 'e-mail', 'e', 'mail'],
};
