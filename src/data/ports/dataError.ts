/** Why a read or write against SharePoint or Graph did not succeed, in terms the UI can explain. */
export type DataError =
  | { code: 'accessDenied' }
  | { code: 'notFound' }
  | { code: 'conflict' }
  | { code: 'throttled'; retryAfterSeconds: number | undefined }
  | { code: 'unavailable' }
  /** SharePoint's 5,000-item list-view threshold refused a query (500 SPQueryThrottledException): waiting will not help. */
  | { code: 'listViewThreshold' }
  /** SharePoint or Graph refused a request body over its size limit (413, or 400 "The request message is too big"). */
  | { code: 'tooLarge' }
  | { code: 'unexpected'; detail: string }
  /** An item in SharePoint does not have the shape the app wrote (edited by hand, or by another tool). */
  | { code: 'malformed'; list: string; itemId: number; field: string };
