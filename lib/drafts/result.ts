// Every answer the draft store gives: success with data, or a failure the user can read. Failures carry
// Vietnamese first and English alongside; they never throw across the message boundary.

export type Failure = { ok: false; error: string; errorEn: string };
export type Result<T extends object> = ({ ok: true } & T) | Failure;

export function fail(error: string, errorEn: string): Failure {
  return { ok: false, error, errorEn };
}
