/**
 * The words and patterns of one language. Patterns are matched against folded text (see
 * normalize/fold.ts): NFKC per character (full-width ":" "," "(" become ASCII) and Chinese in Simplified
 * characters, case-insensitively. Every pattern must run in linear time: no nested or overlapping quantifiers.
 * Fields a language does not use are empty.
 */
export interface Locale {
  /** BCP-47 tag(s) this table serves. */
  tags: readonly string[];
  /** Frequent short words, for telling languages that share a script apart. */
  stopwords: readonly string[];
  /** First halves of compounds that keep their hyphen when a line breaks after it ("super-" + "connector"). */
  compoundHeads: readonly string[];
  /**
   * Who someone is in a news story (游客, 居民), among the title words: before a name only with an honorific after
   * it (市民陈小姐), as the words after them are more often a verb's (居民关注晚间噪音).
   */
  peopleNouns: readonly string[];
  /** Words no title or sentence ends on (articles, prepositions, conjunctions), lower case: a line ending in one goes on. */
  danglingWords: readonly string[];
  /** Month names and abbreviations → 1–12. */
  months: Readonly<Record<string, number>>;
  /** Levels of government before a title ("State Senator", "City Councillor"), lower case: part of the title. */
  titleQualifiers: readonly string[];
  /** Words that mark a release's number ("No.", "#", 编号), lower case, without their dot. */
  numberMarks: readonly string[];
  /** Whole-line labels such as "PRESS RELEASE", lower case. */
  labels: readonly string[];
  /** Labels that may follow their publisher's name on the label line ("City of Springfield News Release", 經濟部新聞稿). */
  namedLabels: readonly string[];
  /** Start of an embargo line. */
  embargo: RegExp | null;
  /** A whole line that ends the release text ("###", "- End -"); "Ends/…" trailers included. */
  endMark: RegExp | null;
  /** An "About X" heading; group 1 is X. */
  aboutHeading: RegExp | null;
  /** "About Acme: Acme is …": the heading and the text's first words in one paragraph. */
  aboutLead: RegExp | null;
  /**
   * An organization's boilerplate printed with no heading after the release: its name, then what it is ("Acme is
   * a …", 青禾农业是一家…); group 1 is the name.
   */
  aboutDescription: RegExp | null;
  /** Start of a media-contact heading. */
  contactHeading: RegExp | null;
  /** The role a contact heading names at its start ("Investor Relations", "Media"); group 1 is the role. */
  contactRole: RegExp | null;
  /** A line that starts like a contact heading but is a sentence pointing elsewhere ("For more information, visit …"). */
  contactSentence: RegExp | null;
  /** A caption's label at line start; group 1 is the label. */
  captionLabel: RegExp | null;
  /** A caption that ends with its photo's credit in brackets. */
  captionCredited: RegExp | null;
  /** A caption without a label, e.g. "(From left) …". */
  captionUnlabelled: RegExp | null;
  /** An image credit's label at line start; group 1 is the label. */
  creditLabel: RegExp | null;
  /** A byline's start ("Prepared by", 撰稿:): a line naming who wrote the release, neither its title nor its text. */
  byline: RegExp | null;
  /** The issuing company's name alone on a line above the headline (株式会社サクラテック): letterhead. */
  issuer: RegExp | null;
  /**
   * Time zones an embargo names (folded, lower case) → a fixed UTC offset ("+08:00", "Z"), or an IANA zone for
   * those whose offset changes with the season ("ET" → America/New_York), read on the embargo's day.
   */
  timeZones: Readonly<Record<string, string>>;
  /** Words printed with a time of day on a date line: meridiem and time zones ("09:00 AM Eastern Standard Time"). */
  clockWords: readonly string[];
  /** A web page's reading time printed beside its date ("3 min read", 阅读时间 3 分钟): page furniture. */
  readingTime: RegExp | null;
  /**
   * A web page's notice to its visitor on a line of its own: its cookie banner's ("Cookies on GOV.UK", "We use some
   * essential cookies …", its buttons), a prompt to log in ("Log in for embargoed content"), a government site's
   * banner ("An official website of the State of Vermillion"), a link back ("← Back to blog"), its accessibility and
   * search links ("Skip to "About government"", "Language selection", "Search Canada.ca"); an e-mail's header lines
   * ("Sent: …", "To: …", "Subject: …") over a release forwarded by mail. Chrome.
   */
  siteNotice: RegExp | null;
  /** An e-mail's subject line ("Subject: …", 主题：…): a long one wraps onto the line under it, which goes on with it. */
  mailSubject: RegExp | null;
  /** An e-mail's salutation ("Dear colleague,", 各位传媒朋友：): opening a text, a cover note over the release it sends. */
  salutation: RegExp | null;
  /** An e-mail's closing line ("Kind regards,", 谢谢！, "… 谨启"): no part of the release, nor of a contact above it. */
  valediction: RegExp | null;
  /** Words that introduce a date in a byline ("Posted on", 发布时间): metadata, neither a place nor a headline. */
  dateLabels: readonly string[];
  /** A page number, running footer or continuation line ("Page 1 of 2", 第1页, "-more-", （續）): a page break, not text. */
  pageNumber: RegExp | null;
  /**
   * A listed company's letterhead lines under its name: where it is incorporated, its stock code. The name
   * above them is letterhead too, not the headline.
   */
  listing: RegExp | null;
  /** Lines that close the release text and are not body: wire and government trailers. */
  trailer: RegExp | null;
  /** A legal notice after an About text, no part of it: trademarks, a footnote, a news service's line. */
  notice: RegExp | null;
  /** Names of wire services, printed on a line of their own on newsroom pages ("PRNewswire"). */
  wires: readonly string[];
  /** Words a newsroom page prints before a wire's name ("News provided by"). */
  wirePrefix: RegExp | null;
  /**
   * A news agency's dispatch line opening the text (新华社北京3月5日电（记者…）): group 1 the place, group 2 the
   * date (or 3 and 4), or no group for a paper's own report (本报讯（通讯员…）); matched on folded text.
   */
  dispatch: RegExp | null;
  /** The end of the words that introduce a quoted term, not speech ("the so-called", 称为): tested on the text before a mark. */
  termIntro: RegExp | null;
  /** Whole lines that are site chrome, lower case. */
  chrome: readonly string[];
  /** A site's menu, search and language switch ("Search", 繁體版), lower case: chrome, and no headline is above them. */
  siteNavigation: readonly string[];
  /** The word before the office a page says a release is from or by ("From Department of …"), lower case. */
  issuerLeads: readonly string[];
  /** A breadcrumb trail's lead ("You are here:", 当前位置：), lower case: chrome, and the trail's items may follow one a line. */
  breadcrumbLeads: readonly string[];
  /**
   * A page's share buttons, one to a line ("Facebook", "Copy link"), lower case: chrome as whole lines only
   * ("Twitter: https://twitter.com/acme" is the release's link).
   */
  shareButtons: readonly string[];
  /** A page's heading over links to its other articles ("Related articles"), lower case: the release has ended. */
  relatedHeadings: readonly string[];
  /** Chrome that labels the line under it, a page's metadata ("News provided by" over "Acme Inc."), lower case. */
  chromeLabels: readonly string[];
  /** What a copied page leaves where a picture was, in brackets ("[图片]", "[Image 2]"), lower case. */
  imagePlaceholders: readonly string[];
  /** A reader's next step ("Watch:", "Learn more:", 了解更多：), lower case: before a colon, no speaker. */
  callsToAction: readonly string[];
  /** Verbs that introduce or follow speech. */
  speechVerbs: readonly string[];
  /** Words between a speaker and the verb (何先生又指, 她同时表示, 赵女士续指, "he further added"): no part of the name. */
  speechAdverbs: readonly string[];
  /**
   * Where and when, between a speaker and the verb (周逸凡在发布会上表示, 陈先生于会上指出), or how
   * (陈文彬今日发表文告指出): a word that opens it and the words it ends with. No part of who speaks.
   */
  settingOpeners: readonly string[];
  settingEnds: readonly string[];
  /**
   * Reported speech in news style, without "that": the verbs ("said") and the words that may open the report
   * after them ("the company would …", "it will …").
   */
  reportVerbs: readonly string[];
  reportOpeners: readonly string[];
  /** Or a few words, then one of these ("said construction would …", "said more than 300 jobs will …"). */
  reportAuxiliaries: readonly string[];
  /** Honorifics; for Chinese they follow the name, for English they precede it. */
  honorifics: readonly string[];
  /** Chinese honorifics printed before the name, as Malaysia's titles are (拿督陈国荣). */
  leadingHonorifics: readonly string[];
  /** How a release names its own issuer (本公司, "the Company"): a speaker's organization that is the issuer. */
  selfReferences: readonly string[];
  /** Words of the first and second person ("we", "our", "you"), lower case: speech has them, a results item does not. */
  speakerWords: readonly string[];
  /** World regions a contact section's sub-heading names ("Asia Pacific", 亚太区): the contacts' role, no one's name. */
  contactRegions: readonly string[];
  /** Honorifics that tell a person's gender, for resolving pronouns. */
  female: readonly string[];
  male: readonly string[];
  /** Words that lead up to a speaker's name ("according to", "Quote attributable to"): not part of it. */
  speakerLeads: readonly string[];
  /** First words of a phrase that opens a sentence before its speaker ("In a statement, Acme CEO Jane Doe said"). */
  leadIns: readonly string[];
  /** Time words that may stand between a speaker and the verb ("A spokesman … today (January 23) said"). */
  timeWords: readonly string[];
  /** Pronouns that refer to the last person named, with their gender where they have one. */
  pronouns: Readonly<Record<string, 'f' | 'm' | null>>;
  /** Words that end (Chinese) or make (English) a job title; an abbreviation without its dot. */
  titleHeads: readonly string[];
  /** Words whose dot ends no sentence ("Dr.", "Inc.", "Sgt.", "e.g."), without that dot. */
  abbreviations: readonly string[];
  /** Endings that mark an organization's name. */
  orgSuffixes: readonly string[];
  /** Words that follow a family name to address someone senior (刘总). */
  addressForms: readonly string[];
  /** Suffixes of a place (南江市, 广东省): its offices take its name (南江市生态环境局). */
  placeSuffixes: readonly string[];
  /**
   * Industry words that end short company names (晶锋能源, Northwind Energy) but also sit inside longer names
   * (经济及科技发展局) or name a minister's portfolio (Minister of Energy).
   */
  orgWords: readonly string[];
  /** Endings of a company's full name (宏碩電子公司): after a short name that reads as a person's, they show it is a company's. */
  companySuffixes: readonly string[];
  /** Particles no phrase opens with (的): a title line that starts with one goes on the line above it. */
  boundParticles: readonly string[];
  /** What opens a listed company's notice's subject under its name (恒岳智能科技股份有限公司 / 关于签订…的公告): one title. */
  noticeSubjects: readonly string[];
  /** The legal form that closes a company's registered name (有限公司): what follows it is no part of the name. */
  legalForms: readonly string[];
  /** Last words of a department's name, which after a job title belong to the title ("Investor Relations"). */
  departments: readonly string[];
  /** Words between a dateline's place and its date ("Paris, le 12 mars", "Berlin, den 12. März"): not the place. */
  dateArticles: readonly string[];
  /** Words that open a list of people (嘉宾包括…): a description starts after them. */
  listIntros: readonly string[];
  /** Words a person's description cannot hold: it starts after them (研究由…教授梁志伟, 现年八十二岁的周婆婆). */
  descriptionBreaks: readonly string[];
  /** Title words whose "of" names a portfolio, kept in the title ("Minister of Environment"), not an organization. */
  portfolioHeads: readonly string[];
  /** Headings over a release's bullet points, printed with or without a colon ("Highlights", 新闻要点). */
  highlightHeadings: readonly string[];
  /** Headings of a section of quotes, each paragraph signed on the line under it (the European Commission's "Quote(s)"). */
  quoteHeadings: readonly string[];
  /** Subjects of a speech verb that are no person: a meeting or a document (会议指出, 通知要求). */
  documentSubjects: readonly string[];
  /**
   * Words that are part of a title, not its organization: after "of" ("Secretary of State", "Chairman of the
   * Board"), or a board's name before a Chinese title (董事會主席).
   */
  titleOf: readonly string[];
  /** Ranks before an honorific or title that are part of the title ("Associate Professor Jane Doe", 赵蕾副研究员). */
  ranks: readonly string[];
  /** Degrees and honours printed after a name ("Jane Doe, Ph.D.", "Michael Gove MP"): not the name, not a title. */
  postnominals: readonly string[];
  /** Common family names (Chinese) used to tell where a name starts. */
  surnames: readonly string[];
  /** Places (folded, lower case) → ISO 3166 region, to read phone numbers printed without a country code. */
  regions: Readonly<Record<string, string>>;
  /** Where a release in this language most likely comes from, most likely first: its numbers are tried there. */
  phoneRegions: readonly string[];
  /** Labels in contact blocks. */
  phoneLabels: readonly string[];
  faxLabels: readonly string[];
  emailLabels: readonly string[];
  /** Labels before a contact person's name ("Contact:", 联系人：). */
  nameLabels: readonly string[];
  /**
   * Words of a contact sentence around a name ("please contact Jane Doe at 555-0100 or jane@acme.com", "Sam
   * Okafor on 0113 …"): verbs and label words, cut from either end of a name even capitalized at its start, and
   * the small words between details, cut only in lower case ("AT&T", "On Semiconductor" are names).
   */
  contactVerbs: readonly string[];
  contactConnectors: readonly string[];
  /**
   * Column names of a contact table's header row ("Name | Title | Phone | Email", 姓名 ⇥ 職位 ⇥ 電話), besides
   * the labels above, which name columns too.
   */
  nameColumns: readonly string[];
  titleColumns: readonly string[];
  organizationColumns: readonly string[];
}
