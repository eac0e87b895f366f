// What the components' callbacks return: an urql answer (data, or the API's error), so that the
// components show its problems next to their fields (the forms kit) whatever app sent it.
import type { CombinedError } from '@urql/core';

export interface MessageAnswer<Data> {
  data?: Data;
  error?: CombinedError;
}

/** The API's answer to "reserve an upload" (createMessageUpload in both apps). */
export interface MessageUploadTarget {
  uploadId: string;
  uploadUrl: string;
  allowedTypes: readonly string[];
  maxBytes: number;
}
