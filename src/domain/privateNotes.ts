/** Private notes (DOMAIN §5): the longest note the product keeps. */
export const PRIVATE_NOTE_LIMIT = 2000;
