/**
 * The API key lives in this tab's sessionStorage only: never in a URL, a cookie or
 * localStorage, and gone when the tab closes or "forget key" is pressed.
 */
const SLOT = "score360.key";

export const readKey = () => sessionStorage.getItem(SLOT);
export const saveKey = (key: string) => sessionStorage.setItem(SLOT, key);
export const forgetKey = () => sessionStorage.removeItem(SLOT);
