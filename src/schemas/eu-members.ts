/**
 * The 27 member states of the European Union (ISO3), unchanged from February 2020 (the United Kingdom's exit) through
 * every session the alignment figures cover. The EU's own list: EU_MEMBERS_SOURCE.
 */
export const EU_MEMBERS: readonly string[] = ['AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GRC', 'HRV', 'HUN', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE'];
export const EU_MEMBERS_SOURCE = 'https://european-union.europa.eu/principles-countries-history/eu-countries_en';
