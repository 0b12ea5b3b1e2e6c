/** The header that says who is signed in (the workbench's switcher and tests set it). Tiny so browsers can import it. */
export const USER_HEADER = 'X-Emulator-User';
