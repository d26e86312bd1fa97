/**
 * Why a document was refused as a whole. The message describes the problem and where, never
 * the document's own text: XML is hostile input and is not echoed back.
 */
export const DOCUMENT_ERROR_CODES = [
  "invalid_xml",
  "xml_doctype_forbidden",
  "xml_too_deep",
  "too_many_entries",
  "unsupported_document",
] as const;
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
  }
}
