import type { Locale } from './types.js';

export const en: Locale = {
  tags: ['en'],
  stopwords: ['the', 'and', 'of', 'to', 'in', 'for', 'with', 'is', 'on', 'that', 'will', 'said', 'its', 'has'],
  danglingWords: ['the', 'a', 'an', 'of', 'to', 'and', 'or', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'into', 'via', 'than', 'its', 'their', 'our'],
  peopleNouns: [],
  compoundHeads: [
    'super', 'co', 'non', 'self', 'well', 'multi', 'cross', 'high', 'low', 'long', 'short', 'post', 'anti', 'semi',
    'inter', 'over', 'under', 'pre', 'mid', 'full', 'part', 'half', 'large', 'small', 'world', 'state', 'first',
    'second', 'third', 'one', 'two', 'three', 'four', 'five', 'year', 'day', 'data', 'cost', 'user', 'real', 'open',
    'end', 'e', 'x', 'cutting', 'top', 'best', 'next', 'all', 'ever', 'follow', 'start', 'set', 'check', 'sign',
    // Numbers and ages: forty-five, six-month, ten-year.
    'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  ],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  numberMarks: ['#', 'no', 'nr', 'n°', 'number', 'ref', 'reference'],
  titleQualifiers: ['state', 'city', 'county', 'federal', 'provincial', 'national', 'regional', 'municipal', 'district', 'town', 'parish'],
  labels: [
    'press release', 'news release', 'media release', 'for immediate release', 'immediate release',
    'press announcement', 'media advisory', 'media statement', 'press statement', 'joint press release', 'statement', 'joint statement',
    'for immediate publication', 'for immediate distribution', 'for release immediately', 'for release: immediately',
    'media alert', 'news advisory', 'press advisory', 'press notice', 'for release',
    // A science news service's kinds of release (EurekAlert!), printed under the headline.
    'peer-reviewed publication', 'reports and proceedings', 'meeting announcement',
    // A public body's notices and a maker's recalls, printed where the label goes.
    'public service announcement', 'public notice', 'community advisory', 'traffic advisory', 'safety recall', 'recall notice',
    // A listed company's announcements to its exchange.
    'asx release', 'asx announcement', 'asx and media release', 'asx & media release', 'asx/media release',
    'market release', 'market announcement', 'company announcement', 'stock exchange announcement', 'regulatory announcement',
    // The Nordic exchanges' (Cision): a release under the EU's market abuse rules.
    'regulatory release', 'regulatory press release', 'regulatory information', 'inside information',
  ],
  namedLabels: ['press release', 'news release', 'media release'],
  embargo: /^(?:embargoed|embargo(?![\p{L}\p{M}\w])|under (?:strict )?embargo|strict(?:ly)? embargo(?:ed)?|not for (?:publication|release|distribution) (?:until|before)|hold for release|for (?:release|publication|broadcast) (?:at|on|after) |for release: ?(?=\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\b))/iu,
  endMark: /^(?:#\s?#\s?#|\*(?:\s?\*){2,5}|\*{1,3} ?end ?\*{1,3}|[-–]\s?30\s?[-–]|[-—–]{1,3} ?ends? ?[-—–]{1,3}|\[?ends?\]?|ends\s*\/.*)$/i,
  // No bound here: aboutHeading() caps the name's width. "About the Federation of …": the article is the
  // heading's, not the name's. Capitalised: "about making sure …" is a wrapped sentence's line.
  aboutHeading: /^(?:\d{1,2}[.)]\s+)?(?:About|ABOUT)\s+(?:the\s+|The\s+|THE\s+)?(\S.*)$/,
  // Bounded in code units, loosely: aboutLead() caps the name's width, alike composed or decomposed.
  aboutLead: /^(?:About|ABOUT) ([^:]{1,200}):/,
  // Capitalised words (a pronoun or "The" opens a sentence, not a name; "The" before two capitalised words is the
  // name's article), maybe a bracket or an appositive (", a subsidiary of …,"), then "is a" / "is the" (where a
  // wrapped line may end).
  aboutDescription: /^(?:The (?=\p{Lu}[\p{L}\p{M}&.'’-]* [\p{Lu}&]))?((?!(?:The|This|That|These|It|He|She|They|We|Our|Its|Their|His|Her|All|Each|In|At|On|For)\b)\p{Lu}[\p{L}\p{M}&.'’-]*(?: (?:[\p{Lu}&][\p{L}\p{M}&.'’-]*|of|and|for|the|de)){0,7})(?: \([^()]{1,40}\))?(?:, (?:a|an|the) [^,()]{1,120},)?,? (?:is|are) (?:a|an|the|one of)(?: |$)/u,
  // In brackets too, as Japanese companies print it in English (<Contact for media inquiries>).
  contactHeading:
    /^[<[【]?(?:\d{1,2}[.)] )?(?:for (?:further|more|press|media|additional) (?:information|details|enquiries|inquiries|queries)(?: [^:\n]{0,60}? contact(?= ?:| \p{Lu}))?|for media (?:enquiries|inquiries|queries)|for (?:reference|enquiries|inquiries|queries)(?= ?:|$)|for [\p{L} ]{3,40}?,? please contact(?= ?:|$)|(?:media|press|news|investor|public) (?:contacts?|enquiries|inquiries|queries|relations)(?! (?:unit|office|department|team|division|desk|section|bureau|branch)(?![\p{L}\p{M}\w]))|[\p{L}\p{M}&.'’ -]{2,60}? (?:press|media) (?:contacts?|enquiries|inquiries|queries)(?= ?:|$)|(?:media|press|investors?) and (?:media|investor|press) (?:contacts?|enquiries|inquiries|queries)|contacts?(?![\p{L}\p{M}\w])|(?:general )?(?:enquiries|inquiries|queries)(?= ?:|$)|(?:press|media|investors?)(?= ?:))/iu,
  // A "visit"/"see" line is a pointer, not a heading, unless it names a contact. Anchored: one pass, linear.
  contactSentence: /^(?![\s\S]*contact)[\s\S]*\b(?:visit|see|go to|about)\b/i,
  contactRole: /^(investors?(?: relations)?|media(?: relations)?|press)(?![\p{L}\p{M}\w])/iu,
  // "Pictured (L-R):": a short bracket (who stands where, whose photo) may come before the colon.
  // "Photo 1: …", "Pictured (L-R): …", "Above: …", "Photo 2 – …", and in brackets with no colon: "[Photo 1] …", "(Video) …".
  captionLabel: /^[[(]?((?<=[[(])(?:photo|picture|image|figure|fig\.|video)(?: ?(?:\d{1,3}|[ivx]{1,5}))?(?=[\])] ?\S)|(?:photo|picture|image|caption|figure|fig\.|photo caption|logo|video|pictured|above|below|left|right|inset|main image)(?: ?(?:\d{1,3}|[ivx]{1,5}))?(?: ?\([^()]{1,30}\))?)(?:[\])] ?:? ?| ?:| [–—-] )/i,
  // "Jane Doe cuts the ribbon. (Photo: Business Wire)": a caption that ends with its credit.
  captionCredited: /\((?:photo|image|picture)(?: credit)?(?:: ?| courtesy (?:of )?| by )[^()]{1,60}\)$/i,
  captionUnlabelled: /^\(?(?:from left|from right|left to right|l-r|l to r)\b/i,
  creditLabel: /^((?:image|photo|picture) credits?|credits?) ?:/i,
  // "By Jane Doe" alone or before her title: capitalised words, so "By the end, …" and "By 2030" are sentences.
  byline: /^(?:(?:[Pp]repared|[Ww]ritten|[Cc]ompiled|[Aa]uthored|[Ss]ubmitted|PREPARED|WRITTEN) (?:by|BY) |(?:By|BY) (?=\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?:,| \||$)))/u,
  // A company's name with its legal form alone over the headline ("Nordvik Marine Systems AB (publ)", "Kagawa Precision Industries, Ltd.").
  issuer: /^(?!about )[a-z][a-z0-9&.,'’ -]{1,60} (?:ltd\.?|limited|inc\.?|corp\.?|corporation|plc|ab(?: \(publ\))?|asa|oyj|ag|se|n\.v\.|s\.a\.|gmbh|a\/s|llc)$/i,
  timeZones: {
    hkt: '+08:00', sgt: '+08:00', gmt: 'Z', utc: 'Z', bst: '+01:00', cet: '+01:00', cest: '+02:00', est: '-05:00',
    edt: '-04:00', pst: '-08:00', pdt: '-07:00', jst: '+09:00', aest: '+10:00', aedt: '+11:00', acst: '+09:30',
    acdt: '+10:30', awst: '+08:00', nzst: '+12:00', nzdt: '+13:00', sast: '+02:00', et: 'America/New_York',
    'eastern time': 'America/New_York', ct: 'America/Chicago', 'central time': 'America/Chicago', mt: 'America/Denver',
    'mountain time': 'America/Denver', pt: 'America/Los_Angeles', 'pacific time': 'America/Los_Angeles',
    'uk time': 'Europe/London', 'london time': 'Europe/London', 'brussels time': 'Europe/Brussels',
    'paris time': 'Europe/Paris',
  },
  clockWords: [
    'am', 'pm', 'a.m.', 'p.m.', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt',
    // IST is India's, Ireland's or Israel's: a date line's clock, never an embargo's zone (timeZones has none).
    'utc', 'bst', 'cet', 'cest', 'hkt', 'sgt', 'jst', 'ist', 'aest', 'aedt', 'acst', 'acdt', 'awst', 'nzst', 'nzdt', 'sast', 'eastern standard time', 'eastern daylight time', 'eastern time',
    'central standard time', 'central daylight time', 'central time', 'mountain standard time',
    'mountain daylight time', 'pacific standard time', 'pacific daylight time', 'pacific time',
    'british summer time', 'greenwich mean time', 'hong kong time',
  ],
  dateLabels: ['posted', 'published', 'updated', 'issued', 'released', 'dated', 'date'],
  readingTime: /\b\d{1,3}[ -]?min(?:ute)?s?(?: read)?\b/i,
  // Only these whole lines, the sentence naming the site or its visitors' browsing: a bakery's release says "we use
  // cookies" too.
  valediction: /^(?:thanks?(?: you)?|many thanks|(?:kind|best|warm|warmest) regards|regards|sincerely|yours (?:sincerely|faithfully|truly)|best wishes|cheers)[,.!]?$/i,
  mailSubject: /^subject: /i,
  salutation: /^(?:dear|hi|hello|good (?:morning|afternoon|evening)|greetings)\b[^.!?]{0,60}[,:!]?$/i,
  siteNotice: /^(?:cookies on [^\s.]{1,40}(?:\.[^\s.]{1,20}){1,3}|(?:this (?:web)?site|we) uses? (?:some |a few )?(?:essential |necessary |analytics |additional )?cookies\b(?=.{0,200}\b(?:website|site|browsing|browser|experience|analytics|traffic)\b).{0,200}|(?:(?:accept|reject|allow|decline|refuse|manage|view|set|change)(?: all| additional| optional| essential| non-essential| analytics)? cookies ?)+|cookie (?:settings|preferences|policy|notice|consent)|(?:log ?in|sign ?in) (?:here |now )?(?:to|for) [^.!?]{1,60}|(?:(?:an|the) )?official (?:web)?site of [^.!?]{2,80}(?: (?:how do you know|here'?s how you know)\??)?|[←‹«<] ?back to [^.!?]{1,40}|back to (?:the |all )?(?:news|blog|newsroom|press releases|media releases|articles|stories|top|home|overview)|skip to [^.!?]{1,40}|language selection|search [^\s.]{1,40}\.[a-z]{2,6}|(?:sent|to|cc|bcc|subject): .{1,160})$/i,
  // Also the short names a UK announcement defines under the company's name: ("Harbourline" or the "Company").
  listing: /^(?:(?!about )[a-z0-9&.,' -]{2,60}?(?:limited|ltd\.?|inc\.?|corporation|holdings|group|plc) )?\(?(?:(?:incorporated|established|registered|continued|organi[sz]ed) (?:in|under)\b[^()]{2,100}|(?:hkex |sehk |jse |nse |bse |(?:the )?(?:hong kong )?(?:stock exchange|exchange) )?(?:stock|share|scrip|securities) (?:codes?|symbol) ?:?[^()]{1,30}|(?:hkex|sehk|nyse|nasdaq|sgx|tsx|tsxv|tsx-v|asx|aim|lse|jse|nse|bse|tse(?: prime| standard| growth)?|otcqx|otcqb|kosdaq|krx|twse|tpex) ?:[^()]{1,20}|(?:company )?registration (?:number|no\.?) ?:?[^()]{1,30})\)?$|^(?:abn|acn|arbn) ?:? ?\d[\d ]{7,16}$|^isin(?: code)? ?:? ?[a-z]{2}[a-z0-9]{9}\d$|^\((?:the )?["“][^"“”()]{1,40}["”](?:,? (?:or|and) (?:the )?["“][^"“”()]{1,40}["”]){0,3}\)$/i,
  // Page numbers, a continuation mark ("-more-", "(MORE)") and a running head with its page ("Acme – Page 2").
  pageNumber: /^(?:page ?\d{1,4}(?: ?(?:of|\/) ?\d{1,4})?|\d{1,4} ?(?:of|\/) ?\d{1,4}|[-–—] ?\d{1,4} ?[-–—]|\d{1,3}|[-–—(/] ?more ?[-–—)/]?|[^\n]{0,59}\S(?: [-–—|] | {2,})page \d{1,4}(?: of \d{1,4})?)$/i,
  // "Notes to editors" heads what follows the release, not its text.
  notice: /^(?:[※†]|this (?:information|announcement) is provided by rns\b)|\b(?:registered )?trademarks? (?:or registered trademarks? )?of\b/i,
  trailer: /^(?:issued at hkt(?![\p{L}\p{M}\w])|nnnn$|source:? (?:[^.]|\.(?=,|$| ?\p{L}{1,5}\.?$)){1,80}$|notes? (?:to|for) (?:the )?editors?:?$|editors['’]? notes:?$)/iu,
  wirePrefix: /^news provided by /i,
  dispatch: null,
  termIntro: /(?:called|named|titled|entitled|dubbed|themed|known as|so-called|the term|the word|the phrase) ?$/i,
  wires: [
    'prnewswire', 'pr newswire', 'prnewswire-firstcall', 'business wire', 'businesswire', 'globe newswire', 'globenewswire',
    'accesswire', 'newsfile', 'ein presswire', 'einpresswire', 'newmediawire', 'cision', 'marketwired',
  ],
  chrome: [
    'rns number', 'send this to a friend', 'share this', 'share this article', 'share this page', 'share', 'print',
    'print this page', 'back to top', 'back', 'read more',
    'tweet', 'email this', 'email this page', 'previous', 'next', 'subscribe', 'top', 'tags', 'categories',
    'filed under', 'share on', 'follow us', 'from', 'published', 'updated', 'last updated',
    // A release's reference number ("Ref: PR/2025/012", "Release No.: 25-041").
    'ref', 'ref.', 'our ref', 'reference', 'release', 'release no', 'release no.', 'release number', 'no', 'no.',
    // A newsroom's section names, printed over its releases as a category or breadcrumb.
    'news', 'newsroom', 'press releases', 'news releases', 'media releases', 'latest news', 'news & media',
    'news and media', 'media centre', 'media center', 'press room', 'pressroom', 'press centre', 'press center',
    // The link a page opens with for screen readers.
    'skip to main content', 'skip to content', 'skip navigation',
    'advertisement',
    // A wire's release page, after the release: its summary, its other languages, the issuer's social accounts.
    'release summary', 'release versions', 'social media profiles', '#hashtags', 'hashtags',
    'close', 'follow',
    // A site's footer links.
    'privacy policy', 'privacy notice', 'privacy statement', 'terms of use', 'terms and conditions', 'terms of service',
    'accessibility', 'accessibility statement', 'sitemap', 'site map', 'disclaimer', 'careers',
  ],
  // A site's menu and search, and the switch to its other languages ("Gaeilge", "中文" on an English page).
  siteNavigation: ['home', 'menu', 'main menu', 'search', 'sign in', 'log in', 'english', 'gaeilge', 'cymraeg', 'français', 'español'],
  breadcrumbLeads: ['you are here', 'you are in'],
  issuerLeads: ['from', 'by'],
  shareButtons: ['facebook', 'x', 'twitter', 'linkedin', 'whatsapp', 'telegram', 'line', 'copy link', 'email', 'e-mail'],
  relatedHeadings: [
    'related news', 'related articles', 'related stories', 'related posts', 'related content', 'related releases', 'related press releases',
    'more news', 'more stories', 'you may also like', 'read next',
  ],
  callsToAction: [
    'watch', 'read', 'listen', 'learn', 'see', 'view', 'visit', 'download', 'register', 'click', 'find', 'discover',
    'explore', 'follow', 'join', 'subscribe', 'sign', 'get', 'try', 'book', 'apply', 'donate', 'order', 'shop', 'call', 'buy',
  ],
  imagePlaceholders: ['image', 'photo', 'picture', 'video'],
  chromeLabels: ['news provided by', 'provided by', 'posted by', 'published by', 'issued by', 'released by', 'distributed by', 'topics', 'topic', 'tags', 'categories', 'category'],
  reportVerbs: ['said', 'says'],
  reportOpeners: ['the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'his', 'her', 'their', 'this', 'these', 'there'],
  reportAuxiliaries: ['would', 'will', 'should', 'could', 'can', 'must', 'may', 'might', 'is', 'are', 'was', 'were', 'has', 'have', 'had'],
  speechAdverbs: ['also', 'further', 'then', 'later', 'again', 'additionally', 'finally', 'subsequently'],
  settingOpeners: [],
  settingEnds: [],
  speechVerbs: [
    'said', 'says', 'added', 'adds', 'commented', 'comments', 'noted', 'notes', 'stated', 'states', 'explained',
    'explains', 'remarked', 'continued', 'concluded', 'emphasised', 'emphasized', 'highlighted', 'observed',
    'pointed out', 'shared', 'told', 'recalled', 'declared', 'announced', 'acknowledged', 'urged', 'replied',
    'believes', 'expressed', 'according to',
  ],
  leadingHonorifics: [],
  selfReferences: ['the company', 'company', 'the group', 'group', 'the bank', 'the firm'],
  speakerWords: ['i', "i'm", 'i’m', 'we', "we're", 'we’re', 'our', 'us', 'my', 'me', 'you', 'your'],
  contactRegions: [
    'asia pacific', 'asia-pacific', 'apac', 'apj', 'emea', 'europe', 'americas', 'north america', 'latin america',
    'middle east', 'africa', 'asia', 'southeast asia', 'greater china', 'oceania', 'global', 'international',
  ],
  honorifics: [
    'prof. dr.', 'prof. dr', 'prof dr', 'professor', 'prof.', 'prof', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'sir', 'dame',
    'ir', 'the hon.', 'the hon', 'hon.', 'hon', 'madam', 'mx.', 'mx',
    // British and Commonwealth styles, printed before the name as "Dr" is.
    'councillor', 'cllr', 'cllr.', 'cr', 'cr.', 'the rt hon', 'rt hon', 'the rt. hon.', 'rt. hon.', 'the right honourable',
    'the honourable', 'honourable', 'the honorable', 'honorable', 'lord', 'lady', 'baroness', 'baron', 'the reverend', 'reverend', 'rev.', 'rev', 'rabbi',
    // India's.
    'shri', 'shrimati', 'smt.', 'smt', 'sushri',
    // The Gulf's and royal styles, often stacked ("His Excellency Sheikh …", "H.E. Dr. …").
    'his excellency', 'her excellency', 'h.e.', 'his highness', 'her highness', 'h.h.', 'his royal highness', 'her royal highness',
    'hrh', 'h.r.h.', 'sheikh', 'sheikha', 'shaikh', 'shaikha', 'eng.', 'engineer',
    // Malaysia's, stacked the same way ("Dato' Sri", "Tan Sri Dato'"), and its Mrs and Mr.
    'tan sri', 'puan sri', 'datuk seri', "dato' sri", "dato' seri", 'dato sri', "dato'", 'dato', 'datuk', 'datin', 'tun', 'toh puan', 'puan', 'encik',
  ],
  female: ['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'madam', 'lady', 'baroness', 'shrimati', 'smt.', 'smt', 'sushri', 'her excellency', 'her highness', 'her royal highness', 'sheikha', 'shaikha'],
  male: ['mr.', 'mr', 'sir', 'lord', 'baron', 'shri', 'his excellency', 'his highness', 'his royal highness', 'sheikh', 'shaikh'],
  speakerLeads: [
    'and', 'but', 'as', 'while', 'meanwhile', 'also', 'according to', 'quote attributable to', 'quotes attributable to',
    'attributable to', 'a quote from', 'quote from', 'quotes from', 'comment from', 'comments from', 'statement from',
    'quote by',
  ],
  leadIns: [
    'in', 'at', 'on', 'during', 'after', 'before', 'speaking', 'commenting', 'addressing', 'writing', 'separately',
    'meanwhile', 'today', 'yesterday', 'earlier', 'later', 'additionally', 'furthermore', 'moreover', 'however',
  ],
  timeWords: [
    'today', 'yesterday', 'tonight', 'this morning', 'this afternoon', 'this evening', 'this week', 'earlier today',
    'earlier', 'recently', 'also', 'later', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday',
    'on saturday', 'on sunday',
  ],
  pronouns: { he: 'm', she: 'f', they: null },
  titleHeads: [
    'ceo', 'cfo', 'coo', 'cto', 'cmo', 'cio', 'chief', 'officer', 'president', 'chairman', 'chairwoman', 'chair',
    'chairperson', 'director', 'secretary', 'minister', 'manager', 'head', 'founder', 'co-founder', 'cofounder',
    'partner', 'dean', 'principal', 'commissioner', 'executive', 'vice-president', 'vice', 'governor', 'mayor',
    'spokesman', 'spokeswoman', 'spokesperson', 'lead', 'leader', 'analyst', 'counsel', 'treasurer', 'editor',
    'professor', 'lecturer', 'researcher', 'scientist', 'engineer', 'consultant', 'adviser', 'advisor',
    'coordinator', 'specialist', 'representative', 'superintendent', 'controller', 'owner', 'general', 'vp',
    'svp', 'evp', 'md', 'board', 'member', 'fellow', 'curator', 'librarian', 'organizer', 'organiser', 'author',
    'deputy', 'administrator', 'assistant', 'associate', 'senior', 'attorney', 'senator', 'sen', 'rep', 'gov', 'congressman',
    'congresswoman', 'councilmember', 'councillor', 'councilor', 'chancellor', 'provost', 'rector', 'trustee',
    'ambassador', 'consul', 'judge', 'justice', 'sheriff', 'captain', 'inspector', 'commander', 'premier',
    'director-general', 'secretary-general', 'champion', 'medallist', 'medalist', 'coach', 'producer',
    'writer', 'journalist', 'reporter', 'correspondent', 'photographer', 'publicist', 'strategist', 'liaison',
    // Police and military ranks, abbreviated ones without their dot ("Det. Supt.", "Lt. Col.").
    'sergeant', 'sgt', 'constable', 'detective', 'det', 'lieutenant', 'lt', 'supt', 'insp', 'capt', 'colonel', 'col',
    'corporal', 'cpl', 'cmdr', 'admiral', 'brigadier',
    'legislator', 'lawmaker', 'economist', 'strategist', 'architect', 'physician', 'surgeon', 'nurse', 'coach',
  ],
  abbreviations: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'no', 'vs', 'u.s', 'e.g', 'i.e', 'mt', 'ft',
    'hon', 'smt', 'rev', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'supt', 'insp', 'det', 'cpl', 'cmdr',
    'approx', 'rs', 'yr', 'yrs', 'fig', 'vol', 'dept', 'h.e', 'h.h', 'h.r.h', 'eng', 'jan', 'feb', 'mar', 'apr', 'jun',
    'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  placeSuffixes: [],
  addressForms: [],
  orgSuffixes: [
    'inc', 'inc.', 'ltd', 'ltd.', 'limited', 'corp', 'corp.', 'corporation', 'company', 'co.', 'llc', 'llp', 'plc',
    'gmbh', 'ag', 'sa', 's.a.', 'b.v.', 'bv', 'n.v.', 'nv', 'se', 'k.k.', 's.p.a.', 's.r.l.', 'srl', 'oy', 'ab', 'a/s', 'pty', 'bhd', 'bhd.', 'group', 'holdings', 'agency', 'pr', 'relations', 'partners',
    'university', 'college', 'council', 'association', 'foundation', 'department', 'bureau', 'office',
    'authority', 'commission', 'institute', 'bank', 'hospital', 'society', 'trust', 'labs', 'parks', 'government',
    'library', 'museum', 'project', 'school', 'club', 'fc', 'f.c.', 'afc', 'rfc', 'cf', 'alliance', 'coalition', 'federation', 'lab', 'fund',
    'institution', 'ministry', 'committee', 'district', 'center', 'centre', 'board', 'administration', 'organization',
    'organisation', 'police', 'service', 'constabulary', 'laboratory', 'laboratories', 'headquarters', 'observatory',
  ],
  // A trade names a firm ("Northwind Energy") but also a minister's portfolio ("Minister of Energy").
  orgWords: [
    'network', 'networks', 'ventures', 'capital', 'technologies', 'systems', 'consulting', 'media', 'studio', 'studios',
    'communications', 'robotics', 'tech', 'software', 'solutions', 'industries', 'logistics', 'energy', 'pharma',
    'pharmaceuticals', 'therapeutics', 'biosciences', 'biotech', 'healthcare', 'financial', 'foods', 'motors',
    'airlines', 'airways', 'hotels', 'resorts', 'entertainment', 'games', 'analytics', 'semiconductor',
    'semiconductors', 'electronics', 'insurance', 'securities', 'investments', 'properties', 'realty', 'learning',
    'outfitters',
  ],
  companySuffixes: [],
  noticeSubjects: [],
  boundParticles: [],
  legalForms: [],
  departments: ['relations', 'communications', 'affairs', 'marketing', 'department', 'team', 'division', 'unit', 'desk', 'services', 'office', 'finance',
    'infrastructure', 'operations', 'engineering', 'sales', 'strategy', 'policy', 'planning', 'procurement', 'compliance',
  ],
  dateArticles: [],
  listIntros: [],
  descriptionBreaks: [],
  portfolioHeads: ['minister', 'secretary', 'ministers', 'commissioner'],
  documentSubjects: [],
  quoteHeadings: ['quote', 'quotes', 'quote(s)', 'quotations'],
  highlightHeadings: ['highlights', 'key highlights', 'key facts', 'key points', 'at a glance', 'key takeaways', 'in brief', 'summary'],
  titleOf: ['state', 'staff', 'the board'],
  ranks: ['associate', 'assistant', 'adjunct', 'visiting', 'emeritus', 'honorary', 'distinguished', 'clinical', 'research'],
  postnominals: [
    'ph.d.', 'phd', 'ph.d', 'm.d.', 'md', 'd.o.', 'mba', 'm.b.a.', 'j.d.', 'jd', 'esq.', 'esq', 'rn', 'r.n.', 'cpa', 'cfa',
    'facs', 'facp', 'mph', 'msc', 'bsc', 'dphil', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'freng', 'mp', 'msp', 'qc', 'kc',
    // Ireland's, Northern Ireland's, the European Parliament's and Ontario's members; Hong Kong's honours and
    // Senior Counsel (Mr Paul Lam, SC, JP).
    'td', 'mla', 'mep', 'mpp', 'sc', 'jp', 'sbs', 'gbs', 'bbs', 'mh',
  ],
  surnames: [],
  regions: {
    'hong kong': 'HK', 'hong kong sar': 'HK', macau: 'MO', macao: 'MO', 'macao sar': 'MO', 'macau sar': 'MO', singapore: 'SG', taipei: 'TW', taiwan: 'TW', beijing: 'CN',
    shanghai: 'CN', shenzhen: 'CN', guangzhou: 'CN', china: 'CN', london: 'GB', 'united kingdom': 'GB', uk: 'GB',
    'united states': 'US', us: 'US', usa: 'US',
    'new york': 'US', washington: 'US', 'san francisco': 'US', chicago: 'US', boston: 'US', toronto: 'CA',
    vancouver: 'CA', sydney: 'AU', melbourne: 'AU', tokyo: 'JP', seoul: 'KR', paris: 'FR', berlin: 'DE',
    ottawa: 'CA', ontario: 'CA', montreal: 'CA', quebec: 'CA', calgary: 'CA', alberta: 'CA', 'british columbia': 'CA',
    canada: 'CA', canberra: 'AU', brisbane: 'AU', adelaide: 'AU', 'new south wales': 'AU', queensland: 'AU',
    australia: 'AU', auckland: 'NZ', 'new zealand': 'NZ', dublin: 'IE', ireland: 'IE', edinburgh: 'GB',
    glasgow: 'GB', manchester: 'GB', leeds: 'GB', cardiff: 'GB', belfast: 'GB', scotland: 'GB', mumbai: 'IN',
    'new delhi': 'IN', bengaluru: 'IN', india: 'IN', johannesburg: 'ZA', 'cape town': 'ZA', 'south africa': 'ZA',
    // Cities no American town shares a name with (Athens, Rome and Vienna have namesakes in the US).
    brussels: 'BE', luxembourg: 'LU', strasbourg: 'FR', geneva: 'CH', zurich: 'CH', 'the hague': 'NL',
    stockholm: 'SE', copenhagen: 'DK', helsinki: 'FI', budapest: 'HU', munich: 'DE', 'kuala lumpur': 'MY',
    jakarta: 'ID', bangkok: 'TH', hanoi: 'VN', 'ho chi minh city': 'VN', dubai: 'AE', 'abu dhabi': 'AE',
  },
  phoneRegions: ['US', 'GB'],
  phoneLabels: [
    'tel', 'tel.', 'telephone', 'phone', 'mobile', 'mob', 'cell', 'direct', 'office', 't', 'm', 'hotline', 'whatsapp', 'ph', 'phone number',
    'telephone number', 'mobile phone', 'office phone', 'direct line',
  ],
  faxLabels: ['fax', 'f'],
  nameLabels: ['contact person', 'contact name', 'name'],
  emailLabels: ['email', 'e-mail', 'e', 'mail', 'email address', 'e-mail address'],
  contactVerbs: ['please', 'contact', 'call', 'calling', 'phone', 'telephone', 'tel', 'tel.', 'mobile', 'mob', 'cell', 'email', 'emailing', 'e-mail'],
  contactConnectors: ['or', 'and', 'at', 'on', 'by', 'via', 'to'],
  nameColumns: ['contact', 'media contact', 'spokesperson', 'spokesman', 'spokeswoman'],
  titleColumns: ['title', 'job title', 'position', 'designation', 'role'],
  organizationColumns: ['organization', 'organisation', 'company', 'agency', 'institution', 'affiliation', 'department', 'dept.', 'division', 'unit'],
};
