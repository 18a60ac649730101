// Cue words that change what the text claims about an event. Kept as data so they can be read and
// extended in one place; each list is matched on lower-case tokens or lemmas.

/** Negation right before a trigger ("did not meet", "never attacked", "no talks"). */
export const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

/** Verbs whose complement did not happen ("refused to meet", "failed to reach"). */
export const FAILED = new Set(['refuse', 'fail', 'decline', 'reject', 'avoid', 'cancel', 'call off', 'postpone']);

/** Future markers before a trigger. */
export const FUTURE_AUX = new Set(['will', "'ll", 'shall']);
export const FUTURE_VERBS = new Set(['plan', 'suppose', 'due', 'poise', 'intend', 'schedule', 'set', 'expect', 'prepare', 'aim', 'seek', 'hope', 'want', 'vow', 'pledge', 'promise', 'threaten', 'propose', 'agree', 'decide', 'offer', 'go']);
export const FUTURE_ADJ = new Set(['upcoming', 'planned', 'scheduled', 'forthcoming', 'expected', 'proposed', 'next']);

/** Modality: the event may or may not happen. */
export const MODAL_AUX = new Set(['could', 'might', 'may', 'would', 'should', 'must', 'can']);
export const HYPOTHETICAL_ADJ = new Set(['potential', 'possible', 'likely', 'probable', 'hypothetical', 'prospective', 'would-be', 'rumored', 'rumoured', 'alleged', 'suspected']);
export const CONDITIONAL = new Set(['if', 'unless', 'whether']);

/** Reporting: somebody else says it happened. */
export const REPORT_VERBS = new Set(['say', 'report', 'claim', 'allege', 'tell', 'state', 'announce', 'add', 'write', 'suggest', 'accord']);
/** Nouns that report what follows them: "allegations that Trump tried to pressure ...". */
export const REPORT_NOUNS = new Set(['allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'report', 'reports', 'rumor', 'rumors', 'rumour', 'rumours', 'speculation']);
export const REPORT_ADV = new Set(['reportedly', 'allegedly', 'purportedly', 'apparently', 'supposedly']);

/** Verbs that say it happened and vouch for it: complements stay asserted. */
export const FACTIVE = new Set(['confirm', 'acknowledge', 'admit', 'reveal', 'show', 'know', 'prove', 'note']);

/** Denial: the event is said not to have happened. */
export const DENY_VERBS = new Set(['deny', 'dismiss', 'refute', 'reject', 'rebut', 'contradict']);
export const DENIED_OBJECTS = new Set(['this', 'it', 'that', 'report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'rumor', 'rumors', 'rumour', 'rumours', 'story', 'account', 'accounts']);
// "accused X of attacking": the act is alleged. "prevented X from attacking": it did not happen.
export const ACCUSE_VERBS = new Set(['accuse', 'suspect', 'charge', 'blame', 'convict', 'indict', 'allege', 'implicate']);
// Verbs whose open complement is only weighed, not done: "considering severing ties", "mulls sending troops".
export const CONSIDER_VERBS = new Set(['consider', 'weigh', 'mull', 'contemplate', 'debate', 'explore', 'discuss', 'ponder', 'envisage', 'envision', 'propose', 'suggest', 'recommend', 'advocate']);
export const PREVENT_VERBS = new Set(['prevent', 'stop', 'bar', 'ban', 'block', 'prohibit', 'keep', 'deter', 'dissuade', 'forbid', 'discourage', 'restrain', 'refrain']);
