/**
 * Chinese names with realistic surname frequencies (national ranking, with the surnames common in
 * central Shandong such as 孙, 于, 毕, 翟 and 蒲 a little higher) and given names by gender.
 */
import { Rng, WeightedTable } from './random';

const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 760], ['李', 700], ['张', 720], ['刘', 560], ['陈', 330], ['杨', 310], ['赵', 260],
  ['黄', 140], ['周', 180], ['吴', 150], ['徐', 190], ['孙', 260], ['胡', 110], ['朱', 120],
  ['高', 170], ['林', 70], ['何', 70], ['郭', 120], ['马', 150], ['罗', 50], ['梁', 80],
  ['宋', 110], ['郑', 80], ['谢', 50], ['韩', 110], ['唐', 60], ['冯', 70], ['于', 130],
  ['董', 100], ['萧', 20], ['程', 60], ['曹', 80], ['袁', 50], ['邓', 40], ['许', 70],
  ['傅', 40], ['沈', 30], ['曾', 30], ['彭', 40], ['吕', 60], ['苏', 50], ['卢', 40],
  ['蒋', 40], ['蔡', 40], ['贾', 60], ['丁', 60], ['魏', 60], ['薛', 50], ['叶', 30],
  ['阎', 40], ['毕', 40], ['翟', 40], ['蒲', 20], ['孟', 60], ['崔', 60],
  ['田', 60], ['姜', 60], ['任', 50], ['石', 50], ['房', 20], ['路', 20], ['岳', 20],
  ['欧阳', 4], ['司马', 2], ['诸葛', 2], ['上官', 2], ['东方', 1], ['公孙', 1], ['皇甫', 1],
];

const MALE_CHARACTERS = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华',
  '飞', '鑫', '波', '宁', '浩', '凯', '健', '俊', '帆', '帅', '旭', '宇', '晨', '庆', '建',
  '国', '志', '永', '海', '东', '兴', '文', '洪', '德', '振', '峰', '亮', '成', '龙', '林',
  '立', '新', '春', '光', '兵', '昊', '博', '坤', '传', '宏', '玉', '金', '良', '胜', '祥',
];

const FEMALE_CHARACTERS = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '秀', '英', '玲', '燕', '红', '梅', '琳',
  '萍', '雪', '婷', '慧', '莹', '倩', '颖', '晶', '洁', '丹', '悦', '璐', '欣', '佳', '荣',
  '凤', '兰', '云', '月', '琴', '美', '珍', '爱', '巧', '晓', '春', '玉', '金', '新', '文',
];

const surnameTable = new WeightedTable(SURNAMES);

export function chineseName(rng: Rng, male: boolean): string {
  const characters = male ? MALE_CHARACTERS : FEMALE_CHARACTERS;
  const surname = surnameTable.draw(rng);
  const first = rng.pick(characters);
  // About a quarter of people have a one-character given name.
  return rng.chance(0.25) ? surname + first : surname + first + rng.pick(characters);
}
