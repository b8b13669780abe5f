// The two report sites, said once: the manifest's host permissions, the content script's matches, the
// sender policy, the links that open the site (popup, reminders).

export const REPORT_HOSTS = ['vpcp.baocaochinhphu.gov.vn', 'baocao.quangngai.gov.vn'] as const;

/** Match patterns for the manifest and the content script. */
export const REPORT_MATCHES = REPORT_HOSTS.map((host) => `https://${host}/*`);

/** The national system's home page: where a "go to the site" link leads. */
export const REPORT_SITE = `https://${REPORT_HOSTS[0]}/`;
