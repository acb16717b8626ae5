/**
 * What an assistance list must never hold: ID-card numbers, mobile numbers, exact addresses. The
 * tables have no column for them; these checks refuse them where someone might type them anyway
 * (a name, a group, a spreadsheet cell or header).
 */

/** An 18-digit resident ID number (17 digits and a check digit or X), standing alone. */
export const ID_NUMBER = /(?<![0-9])[1-9]\d{16}[\dXx](?![0-9])/;
/** A mainland mobile number: 11 digits starting 13–19, standing alone. */
export const MOBILE_NUMBER = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;
/** A room or house number: what pins a household down further than its group or building. */
const ROOM = /(\d+\s*(室|号房|户))|(\d+-\d+-\d+)|(单元.*\d{3,})|(\d+栋\d{3,})/;

/** Headers of columns the import refuses outright, whatever their cells hold. */
const PRIVATE_HEADER = /身份证|证件|公民身份|手机|电话|联系方式|住址|地址|门牌|房号|室号|银行|账号|卡号/;

/** Why `text` may not be stored or published, or null when it may. */
export function privateDataIn(text: string): string | null {
  if (ID_NUMBER.test(text)) return "疑似身份证号码，救助名单不得填写身份证号";
  if (MOBILE_NUMBER.test(text)) return "疑似手机号码，救助名单不得填写电话号码";
  return null;
}

/** Why a residents' group or building may not be stored (it names a room), or null. */
export function roomIn(text: string): string | null {
  return ROOM.test(text) ? "只填写居民小组或楼栋（如“3栋”“第二居民小组”），不得填写单元、门牌或房号" : null;
}

/** Why a spreadsheet header names a column the list must not have, or null. */
export function privateHeader(header: string): string | null {
  return PRIVATE_HEADER.test(header)
    ? `列「${header}」疑似身份证号、电话、住址或账号等个人信息；救助名单不收集这些信息，请删除整列后重新上传`
    : null;
}

/** A person's name: 2–20 characters, no digits (so no ID or phone number can hide in it). */
export const RECIPIENT_NAME = /^[\p{Script=Han}A-Za-z·•. ]{2,20}$/u;
