export type EngineInputErrorCode = "empty" | "binary" | "too_large" | "no_content" | "invalid_corrections";

/** Bad input: the message is meant for the person who supplied the document. */
export class EngineInputError extends Error {
  readonly code: EngineInputErrorCode;

  constructor(code: EngineInputErrorCode, message: string) {
    super(message);
    this.name = "EngineInputError";
    this.code = code;
  }
}
