// Opening a tab of Appraisal administration as a person would: on the tab bar, or, when the Pivot has moved it into
// the "More tabs" overflow menu (narrow windows, or more tabs than fit), from that menu. Not a journey itself.

/** Opens Appraisal administration as `upn` and then the tab named `name`. */
export async function openAdminTab(kit, upn, name) {
  const { page } = kit;
  await kit.open(upn, 'appraisalAdmin');
  const admin = page.locator('main').getByRole('tablist', { name: 'Appraisal administration' });
  await admin.getByRole('tab', { name: 'Staff roster' }).waitFor({ timeout: 30000 });
  await kit.settled();
  const tab = admin.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await admin.getByRole('tab', { name: 'More tabs' }).click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  }
  await kit.settled();
}
