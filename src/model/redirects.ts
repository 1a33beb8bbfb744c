import { memberList, memberRedirects, type ProfileRef } from './members.ts';

/**
 * Where every old or alternative country URL sends the reader: alias slug → canonical slug, for all 193 members
 * (their ISO3 codes, the aliases written profiles declare, common other names, and a profiled member's name slug).
 */
export function siteRedirects(profiles: readonly ProfileRef[]): Map<string, string> {
  return memberRedirects(memberList(profiles));
}
