/** A content problem found while processing a doc: never thrown, always recorded. */
export interface Message {
  code: string; // stable code, e.g. EW_MSG_NO_PUBLISHED
  severity: 'info' | 'warning' | 'error';
  text: string;
  stage: string;
  spanId?: string;
  line?: number;
}
