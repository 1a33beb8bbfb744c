/**
 * Territories that are not UN member states but appear in Russian lists (for example the "unfriendly" list of
 * order No. 430-r). `id` is our slug; `iso3` is the ISO 3166-1 alpha-3 code where one is assigned (the British
 * Antarctic Territory and Akrotiri and Dhekelia have none); `sovereign` is the UN member responsible for it, left
 * out for Taiwan, whose status we do not decide.
 */
export const TERRITORIES = [
  { id: 'akrotiri-and-dhekelia', name: 'Akrotiri and Dhekelia', sovereign: 'GBR' },
  { id: 'anguilla', iso3: 'AIA', name: 'Anguilla', sovereign: 'GBR' },
  { id: 'bermuda', iso3: 'BMU', name: 'Bermuda', sovereign: 'GBR' },
  { id: 'british-antarctic-territory', name: 'British Antarctic Territory', sovereign: 'GBR' },
  { id: 'british-indian-ocean-territory', iso3: 'IOT', name: 'British Indian Ocean Territory', sovereign: 'GBR' },
  { id: 'british-virgin-islands', iso3: 'VGB', name: 'British Virgin Islands', sovereign: 'GBR' },
  { id: 'cayman-islands', iso3: 'CYM', name: 'Cayman Islands', sovereign: 'GBR' },
  { id: 'falkland-islands', iso3: 'FLK', name: 'Falkland Islands', sovereign: 'GBR' },
  { id: 'gibraltar', iso3: 'GIB', name: 'Gibraltar', sovereign: 'GBR' },
  { id: 'guernsey', iso3: 'GGY', name: 'Guernsey', sovereign: 'GBR' },
  { id: 'isle-of-man', iso3: 'IMN', name: 'Isle of Man', sovereign: 'GBR' },
  { id: 'jersey', iso3: 'JEY', name: 'Jersey', sovereign: 'GBR' },
  { id: 'montserrat', iso3: 'MSR', name: 'Montserrat', sovereign: 'GBR' },
  { id: 'pitcairn-islands', iso3: 'PCN', name: 'Pitcairn Islands', sovereign: 'GBR' },
  { id: 'saint-helena-ascension-and-tristan-da-cunha', iso3: 'SHN', name: 'Saint Helena, Ascension and Tristan da Cunha', sovereign: 'GBR' },
  { id: 'south-georgia-and-the-south-sandwich-islands', iso3: 'SGS', name: 'South Georgia and the South Sandwich Islands', sovereign: 'GBR' },
  { id: 'taiwan', iso3: 'TWN', name: 'Taiwan' },
  { id: 'turks-and-caicos-islands', iso3: 'TCA', name: 'Turks and Caicos Islands', sovereign: 'GBR' },
] as const satisfies readonly { id: string; iso3?: string; name: string; sovereign?: string }[];
export type TerritoryId = (typeof TERRITORIES)[number]['id'];

/**
 * The shapes of the world map (world-atlas, 1:110m, by ISO numeric id) that are neither a UN member nor a state
 * the maps name: each named from a listed territory above, or by its ISO 3166-1 alpha-2 code through the locale's
 * region names (CLDR), so every edition names them in its own language. A new shape stops the build until it is
 * added here.
 */
export const OTHER_MAP_SHAPES: Readonly<Record<string, { territory: TerritoryId } | { iso2: string }>> = {
  '158': { territory: 'taiwan' },
  '238': { territory: 'falkland-islands' },
  '260': { iso2: 'TF' },
  '304': { iso2: 'GL' },
  '540': { iso2: 'NC' },
  '732': { iso2: 'EH' },
};
