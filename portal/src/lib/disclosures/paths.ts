/** A disclosure's page and, beside it, the exact text its SHA-256 covers. */
export const disclosureHref = (id: string) => `/d/${id}/`;
export const canonicalHref = (id: string) => `/d/${id}/canonical.json`;
