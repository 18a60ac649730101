import { isBylineLine, isCreditLine } from './byline.js';

// Page furniture: lines that belong to the page, not to the story (links to other stories, share
// buttons, newsletter boxes, bylines, photo credits, copyright). A rule matches a whole line
// (paragraph); long lines are never furniture, so a real sentence is not lost to a loose pattern.

/** A named furniture test on one trimmed line. */
export interface FurnitureRule {
  name: string;
  test: (line: string) => boolean;
}

const MAX_FURNITURE_LENGTH = 300;
const MAX_CAPTION_LENGTH = 400;

const SOCIAL = 'share|tweet|email|e-mail|print|save|copy link|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|flipboard|comments?|\\d+ comments?';
const SOCIAL_LIST = new RegExp(`^(?:${SOCIAL})(?:[\\s|•·,/]+(?:${SOCIAL}))*$`, 'i');
const CREDIT_WORDS = /\b(?:photo|photos|images?|AP|AFP|Reuters|EPA|Pool|Handout|Getty|Sputnik|Xinhua|Anadolu|TASS|UPI)\b/i;
const TIMESTAMP_START = /^(?:updated|published|posted|last updated|first published|last modified)\b[\s:,-]*(.*)$/i;
const TIME_WORD = /^(?:\d[\d:.,/-]*|\d+(?:st|nd|rd|th)|am|pm|a\.m\.|p\.m\.|gmt|utc|et|edt|est|bst|cet|cest|msk|on|at|ago|min|mins|minutes?|hours?|hrs?|days?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;

const short = (re: RegExp, max = MAX_FURNITURE_LENGTH) => (line: string) => line.length <= max && re.test(line);

/** The furniture rules, in the order they are tried. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    name: 'teaser',
    test: short(/^(?:did you (?:read|see|miss) this|don'?t miss|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed)|trending(?: now| stories)?|editor'?s picks?|top stories|latest (?:news|stories))\s*[?:!.]*$/i),
  },
  {
    name: 'read-more',
    test: (line) =>
      short(/^(?:read more|read also|also read|read next|see also|more on this(?: story| topic)?|related(?: stories| articles| coverage| content| news| reading| topics)?|further reading)\s*(?:[:»>|–—…-].*)?$/i)(line) ||
      short(/^read (?:more|also|next|the full story)\b.{0,150}$/i)(line),
  },
  { name: 'share', test: (line) => SOCIAL_LIST.test(line) || short(/^share (?:this|on|via|the|article|story)\b.{0,80}$/i)(line) },
  {
    name: 'subscribe',
    test: (line) =>
      short(/^subscribe\b.{0,150}$/i)(line) ||
      short(/^(?:sign up|register|get|join)\b.{0,150}\b(?:newsletter|updates|alerts|inbox|briefing)\b/i)(line) ||
      (line.length <= 150 && /\bnewsletter\b/i.test(line) && /\b(?:sign up|subscribe|delivered|inbox|receive)\b/i.test(line)),
  },
  {
    name: 'advertisement',
    test: short(/^(?:advertisement|advertisements|advert|ad|ads|sponsored(?: content| links?)?|paid content|promoted(?: content)?|(?:story|article) continues below(?: this)?(?: advertisement| ad)?|continue reading(?: the main story| below)?|scroll to continue(?: with content| reading)?|skip (?:to (?:main )?content|advert(?:isement)?))[\s.:]*$/i),
  },
  {
    name: 'follow',
    test: (line) =>
      short(/^follow (?:us|@\S+)\b.{0,100}$/i)(line) ||
      short(/^follow\b.{1,60}\bon (?:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|threads|bluesky|google news)\b.{0,40}$/i)(line),
  },
  { name: 'click-here', test: short(/^(?:click|tap) here\b.{0,150}$/i) },
  { name: 'copyright', test: (line) => short(/^(?:copyright\b|©|\(c\)\s*\d{4})/i, 200)(line) || short(/\ball rights reserved\.?$/i, 200)(line) },
  { name: 'byline', test: (line) => line.length <= 200 && (isBylineLine(line) || isCreditLine(line)) },
  {
    name: 'photo-credit',
    test: (line) =>
      short(/^(?:photo|photos|photograph|image|images|picture|pictures|video|graphic|illustration|credit|photo credit|image credit|image source|media caption|image caption)\b\s*[:|©,]/i)(line) ||
      short(/^file (?:photo|picture|image|footage)\b/i)(line) ||
      short(/(?:^|[\s.!?"”])(?:image|photo|picture|photograph|credit)s?:\s*[^:]{1,60}$/i, MAX_CAPTION_LENGTH)(line) ||
      short(/^(?:image|media) (?:caption|source)\b/i)(line) ||
      short(/(?:\/|©|\|)\s*[\p{L} .'-]{0,40}\b(?:Getty Images|Reuters|AFP|AP|EPA|Shutterstock|Alamy|Pool|Handout)\s*$/u, MAX_CAPTION_LENGTH)(line) ||
      endsWithPhotoCredit(line),
  },
  { name: 'timestamp', test: isTimestampLine },
  {
    name: 'page-control',
    test: short(/^(?:listen(?: to this article| to the story)?|watch(?: now| live| the video)?|play video|loading\.*|print(?: this article| this page)?|email this article|leave a comment|view comments|show comments|jump to comments|back to top|top of page|skip to content)\s*[:.\-–—]?\s*(?:\d{1,2}:\d{2}(?: min)?)?$/i),
  },
  { name: 'watch-link', test: short(/^watch\s*:.{0,150}$/i) },
];

// "Updated 10:00 GMT, 15 March 2019": the keyword followed only by date and time words.
function isTimestampLine(line: string): boolean {
  const match = line.length <= 120 ? TIMESTAMP_START.exec(line) : null;
  if (!match || !/\d/.test(match[1])) return false;
  return match[1].split(/[\s,()|]+/).filter(Boolean).every((word) => TIME_WORD.test(word.replace(/\.$/, '')));
}

// A caption ends with a credit in parentheses that has a slash: "(AP Photo/Evan Vucci)".
function endsWithPhotoCredit(line: string): boolean {
  if (line.length > MAX_CAPTION_LENGTH) return false;
  const match = /\(([^()]{1,100})\)\s*$/.exec(line);
  return match !== null && match[1].includes('/') && CREDIT_WORDS.test(match[1]);
}

/** The name of the furniture rule a line matches, or null when it is part of the story. */
export function furnitureRuleFor(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > MAX_CAPTION_LENGTH) return null;
  return FURNITURE_RULES.find((rule) => rule.test(trimmed))?.name ?? null;
}

/** True when a line (paragraph) is page furniture rather than story text. */
export function isFurnitureLine(line: string): boolean {
  return furnitureRuleFor(line) !== null;
}
