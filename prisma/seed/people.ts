/**
 * Invented people for the demo data. Names are drawn deterministically from common surnames of
 * the two counties and ordinary given names, so no real person from the documents appears.
 */
const SURNAMES = ["杨", "吴", "石", "潘", "王", "龙", "李", "陈", "张", "欧", "罗", "赖", "温", "黄"];
const GIVEN = [
  "秀英",
  "德明",
  "光华",
  "春兰",
  "永刚",
  "晓梅",
  "正忠",
  "金花",
  "文军",
  "丽娟",
  "世平",
  "海燕",
  "国强",
  "玉芬",
  "成林",
  "小红",
  "昌盛",
  "美玲",
  "志远",
  "桂香",
  "建新",
  "明珠",
  "树林",
  "爱萍",
];

/** The n-th invented name of a community; distinct within one community. */
export function personName(communityIndex: number, n: number): string {
  const surname = SURNAMES[(communityIndex * 5 + n * 3) % SURNAMES.length];
  const given = GIVEN[(communityIndex * 7 + n * 5) % GIVEN.length];
  return `${surname}${given}`;
}

/** Given names for voters only: none is in GIVEN, so no voter shares a name with anyone published in full. */
const VOTER_GIVEN = [
  "志芳",
  "永福",
  "秀珍",
  "德华",
  "桂英",
  "光明",
  "兰芝",
  "顺发",
  "玉兰",
  "春生",
  "翠花",
  "金山",
  "凤英",
  "国华",
  "银秀",
  "水生",
  "月娥",
  "富贵",
  "巧云",
  "长庚",
  "彩霞",
  "家齐",
  "淑贞",
  "胜利",
];

/** The n-th invented voter of a community (n < 336); distinct within one community. */
export function voterName(communityIndex: number, n: number): string {
  const s = n % SURNAMES.length;
  const given = VOTER_GIVEN[(Math.floor(n / SURNAMES.length) + communityIndex * 5 + s * 7) % VOTER_GIVEN.length];
  return `${SURNAMES[s]}${given}`;
}
