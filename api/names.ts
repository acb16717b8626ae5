/**
 * A person's name as it may appear on the public web when only the person themselves (and their
 * neighbours) should recognise it: the surname, an asterisk, and the last character (张*芳). A
 * two-character name keeps its surname only (李*). Lists that must be public but name private
 * people (voter lists, assistance recipients) print names only through this.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}*${chars[chars.length - 1]}`;
}
