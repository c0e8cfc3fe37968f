/**
 * Published judgments replace victims' and witnesses' names with the surname + 某 (张某).
 * Two-character surnames must be kept whole, otherwise 欧阳娜娜 would become 欧某.
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙',
  '慕容', '夏侯', '令狐', '长孙', '宇文', '司徒', '申屠',
];

export function maskName(name: string): string {
  // Array.from keeps characters outside the BMP (rare surnames) in one piece.
  const characters = Array.from(name.trim());
  if (characters.length <= 1) return '某';
  const firstTwo = characters.slice(0, 2).join('');
  // 欧阳 alone is more likely surname 欧 + given name 阳 than a surname without a given name.
  if (characters.length > 2 && COMPOUND_SURNAMES.includes(firstTwo)) return `${firstTwo}某`;
  return `${characters[0]}某`;
}
