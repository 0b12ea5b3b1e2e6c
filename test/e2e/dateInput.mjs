/**
 * Fills a date field the way a person's date picker does. Chromium 150 with playwright-core's `fill()` sets a
 * `type="date"` input's value through the element's own setter before dispatching `input`, so React's value tracker
 * sees no change and onChange never runs (the field stays empty). Setting the value through the prototype's setter and
 * then dispatching `input` is what React listens for.
 */
export async function fillDate(locator, isoDate) {
  await locator.evaluate((el, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, isoDate);
  const now = await locator.inputValue();
  if (now !== isoDate) throw new Error(`The date field kept ${JSON.stringify(now)}, not ${isoDate}`);
}
