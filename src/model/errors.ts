/** Stable error codes for misuse and bad configuration (content problems become messages instead). */
export type ErrorCode =
  | 'EW_ERR_STAGE_ORDER'
  | 'EW_ERR_DICTIONARY'
  | 'EW_ERR_INPUT'
  | 'EW_ERR_OPTION'
  | 'EW_ERR_STORE';

/** An error with a stable code that shells translate into exit codes or HTTP statuses. */
export class EventwireError extends Error {
  constructor(public code: ErrorCode, message: string) {
    super(message);
    this.name = 'EventwireError';
  }
}
