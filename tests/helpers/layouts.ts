/**
 * The two layouts the sample site is built and tested in: at a host's root, and under a
 * bureau's portal. Expected URLs in tests are written out by hand from these.
 */
export const SUBFOLDER = '/mzj/annals/';
export const SUBFOLDER_SITE = 'https://example.gov.cn/mzj/annals/';
