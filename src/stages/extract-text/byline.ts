// Bylines and credit lines ("By Jane Doe and John Roe, Reuters", "Reporting by X; Editing by Y").
// They are short lists of names: capitalised words, name particles, an agency or a job title, maybe
// a date. A real sentence that starts with "By" ("By Tuesday, troops had...") has lowercase words
// that are neither particles nor job titles, or starts with a time word, so it is kept.

const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'abu', 'le', 'la', 'du', 'dos', 'das', 'di', 'y', 'ter', 'st.']);
// Lowercase words that appear in the tail of a byline (agency, job title, place, time).
const TAIL_WORDS = new Set([
  'and', '&', 'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'in', 'at', 'for', 'the', 'of', 'news', 'agency', 'press', 'desk', 'special', 'senior', 'chief', 'foreign', 'political',
  'contributor', 'contributing', 'wire', 'service', 'services', 'team', 'with', 'via', 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc',
  'updated', 'published', 'on', 'ago', 'hours', 'hour', 'minutes', 'min', 'read', 'et', 'edt', 'est', 'bst', 'cet',
]);
// Capitalised words that begin time and manner phrases, not names ("By Tuesday", "By The Way").
const NOT_NAME_STARTS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'then', 'now', 'late', 'early',
  'mid', 'noon', 'midnight', 'dawn', 'nightfall', 'evening', 'morning', 'afternoon', 'night', 'today', 'tomorrow',
  'tonight', 'yesterday', 'this', 'that', 'these', 'those', 'some', 'most', 'many', 'all', 'contrast', 'comparison',
  'law', 'order', 'default', 'far', 'way', 'means', 'virtue', 'then', 'year', 'end', 'his', 'her', 'their', 'its', 'our',
]);

const BYLINE_START = /^(?:by|written by|words by|story by|text by|posted by|reported by)\s+(.+)$/i;
const CREDIT_PART = /^(?:additional |further |writing and |reporting and )?(?:reporting|writing|editing|research|compiled|translated|produced|edited|photos?|video|graphics?)\s+by\s+(.+)$/i;

/** True for a byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE | July 25, 2024". */
export function isBylineLine(line: string): boolean {
  const match = BYLINE_START.exec(line);
  return match !== null && isNameList(match[1]);
}

/** True for a wire credit line: "Reporting by Jane Doe; Editing by John Roe". */
export function isCreditLine(line: string): boolean {
  const parts = line.replace(/[.]$/, '').split(/\s*;\s*/);
  return parts.every((part) => {
    const match = CREDIT_PART.exec(part);
    return match !== null && isNameList(match[1]);
  });
}

/** A list of names, optionally followed by an agency, a job title, a place or a date. */
function isNameList(text: string): boolean {
  const cleaned = text.replace(/[()]/g, ' ').replace(/[.:]\s*$/, '').trim();
  const [names, ...tails] = cleaned.split(/\s*[|•·—–]\s*|\s+-\s+/);
  if (!names || tails.some((tail) => !isTail(tail))) return false;
  const segments = names.split(/\s*,\s*|\s+(?:and|&)\s+/i).filter(Boolean);
  if (segments.length === 0 || segments.length > 6) return false;
  if (!isName(segments[0])) return false;
  return segments.slice(1).every((segment) => isName(segment) || isTail(segment));
}

function isName(segment: string): boolean {
  const words = segment.split(/\s+/);
  if (words.length > 5 || NOT_NAME_STARTS.has(words[0].toLowerCase())) return false;
  let named = 0;
  for (const word of words) {
    if (PARTICLES.has(word.toLowerCase())) continue;
    if (!/^(?:(?:al|el|bin|abu|de|van|von)-)?\p{Lu}[\p{L}'’.\-]*$/u.test(word)) return false;
    named++;
  }
  return named > 0;
}

function isTail(segment: string): boolean {
  const words = segment.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 10) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || /^[\d:.,/\-]+$/.test(word) || TAIL_WORDS.has(word.toLowerCase().replace(/,$/, '')));
}
