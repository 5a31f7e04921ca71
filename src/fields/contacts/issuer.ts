/**
 * The organization behind an e-mail address, among those the release names. A contact block often prints only a
 * person, a number and an address: the address's domain says whose office it is (ritika@ravindraagro.com: Ravindra
 * Agro-Chem Limited; press@cbm.org: the Central Bank of Marrovia).
 */

/** Domain labels that name no one: top-level and second-level domains, hosts, and the reserved example domains. */
const GENERIC_LABELS = new Set([
  'com', 'org', 'net', 'gov', 'edu', 'co', 'ac', 'or', 'ne', 'go', 'gob', 'gouv', 'govt', 'mil', 'int', 'biz', 'info',
  'www', 'mail', 'email', 'press', 'media', 'news', 'ir', 'example', 'state',
]);

/** Mail services anyone has an address at: two addresses there are no one organization's. */
const WEBMAIL = new Set([
  'gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'me', 'aol', 'proton', 'protonmail',
  'gmx', 'mail', 'yandex', 'zoho', 'qq', 'foxmail', '163', '126', 'yeah', 'sina', 'sohu', 'aliyun', 'netvigator',
  'hinet', 'rediffmail',
]);

/** Words an organization's initials skip: "Central Bank of Marrovia" is CBM. */
const LINKING = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'du', 'des', 'la', 'le', 'et', 'und', 'fur']);

/** A label shorter than this spells no name by its letters alone (only as initials). */
const SPELLED_MIN = 5;
/** Initials of fewer words are any three letters. */
const INITIALS_MIN = 3;

/** The name's Latin words, lower-cased and without accents: "Agro-Chem" is two. */
function latinWords(name: string): string[] {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** An address's domain, lower-cased. */
export const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** The labels of an address's domain that can name an organization, without hyphens: none at a mail service's. */
function nameLabels(email: string): string[] {
  const labels = domainOf(email).split('.').slice(0, -1).filter((l) => !GENERIC_LABELS.has(l)).map((l) => l.replaceAll('-', ''));
  return labels.some((l) => WEBMAIL.has(l)) ? [] : labels.filter((l) => l.length >= INITIALS_MIN);
}

/** Whether the address's mailbox spells one of the person's names (enakamura@, tessa.marlowe@: Ellery Nakamura's, Tessa Marlowe's). */
export function mailboxOf(email: string, name: string): boolean {
  const box = latinWords(email.slice(0, email.lastIndexOf('@'))).join('');
  return latinWords(name).some((w) => w.length >= MAILBOX_NAME_MIN && box.includes(w));
}
/** A shorter name is no sign: it may be any word's part. */
const MAILBOX_NAME_MIN = 3;

/** Whether the address is at an organization's own domain (not a mail service's, nor an example's). */
export const isOwnDomain = (email: string): boolean => nameLabels(email).length > 0;

/**
 * Whether a domain label spells the organization's name: two or more of its words run together (nordvikmarine,
 * ravindraagro), its words' start (bluewaterair: Bluewater Airways), one of its words that is not a word of
 * organizations' names in general (harbourside: Harbourside Museum; acme: Acme Corp.), or the initials of three or
 * more of its words, with or without the linking ones (cbm, eacr, doj: Department of Justice). Words every
 * organization has ("university", "limited") are never enough.
 */
function spells(label: string, words: readonly string[], generic: ReadonlySet<string>): boolean {
  const joined = words.join('');
  if (label.length >= SPELLED_MIN && joined.startsWith(label) && label.length > words[0]!.length) return true;
  for (let i = 0; i < words.length; i++) {
    if (LINKING.has(words[i]!)) continue;
    let run = words[i]!;
    if (run === label && !generic.has(run)) return true;
    for (let j = i + 1; j < words.length; j++) {
      run += words[j]!;
      if (!LINKING.has(words[j]!) && run.length >= SPELLED_MIN && label.includes(run)) return true;
    }
  }
  return initialsOf(label, words) || initialsOf(label, words.filter((w) => !LINKING.has(w)));
}

/**
 * Whether a label of the address's domain opens with the name's first word, five letters or more and not a word
 * every organization has (tidewatercomms: Tidewater Communications). Looser than `spells`: for a name printed
 * beside the address, not one sought among all the release names.
 */
export function domainOpensWith(email: string, name: string, generic: ReadonlySet<string>): boolean {
  const first = latinWords(name)[0];
  return first !== undefined && first.length >= SPELLED_MIN && !generic.has(first) && nameLabels(email).some((l) => l.startsWith(first));
}

/** Whether the label is the initials of as many consecutive words (labels are three letters at least). */
function initialsOf(label: string, words: readonly string[]): boolean {
  for (let i = 0; i + label.length <= words.length; i++) {
    if ([...label].every((c, k) => words[i + k]![0] === c)) return true;
  }
  return false;
}

/**
 * The first of `organizations` whose name an address's domain spells (without a leading "the"), or null.
 * `generic` holds the words that name no one on their own (organization suffixes and trade words, lower-cased).
 */
export function organizationOfEmail(email: string, organizations: readonly string[], generic: ReadonlySet<string>): string | null {
  const labels = nameLabels(email);
  if (!labels.length) return null;
  const org = organizations.find((o) => {
    const words = latinWords(o);
    return words.length > 0 && labels.some((l) => spells(l, words, generic));
  });
  return org === undefined ? null : org.replace(/^the\s+/i, '');
}
