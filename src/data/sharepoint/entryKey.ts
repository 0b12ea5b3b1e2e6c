/**
 * The value of a new item's unique EntryKey column. SharePoint refuses a second item with the same EntryKey, so when
 * PnPjs sends a create again after a lost response (it retries 429, 503 and 504, POSTs included) the copy is refused
 * and nothing is duplicated. The key is random, made once per write: a value anyone could predict could be planted
 * first to block someone else's write.
 */
export function newEntryKey(): string {
  const bytes = new Uint8Array(16);
  const crypto = (globalThis as { crypto?: { getRandomValues?(array: Uint8Array): Uint8Array } }).crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
