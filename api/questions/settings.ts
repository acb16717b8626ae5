import { isDate } from "../periods.ts";

/**
 * The rules of residents' questions, each from an environment variable (README "Configuration").
 * Read when used, so a changed holiday list applies to every open question at the next build.
 */
export interface QuestionSettings {
  /** Working days the community has to answer, counted from the day after the question arrives. */
  answerWorkingDays: number;
  /** Public holidays (法定节假日) that fall on weekdays: not working days. ISO dates. */
  holidays: ReadonlySet<string>;
  /** Make-up working days (调休上班) that fall on a weekend: working days. ISO dates. */
  makeUpWorkdays: ReadonlySet<string>;
  /** Questions one address may send per hour, through the form and the API together; 0 = off. */
  perAddressPerHour: number;
  /** Longest question text, in characters. */
  maxTextChars: number;
}

export const DEFAULT_QUESTION_SETTINGS: QuestionSettings = {
  answerWorkingDays: 10,
  holidays: new Set(),
  makeUpWorkdays: new Set(),
  perAddressPerHour: 5,
  maxTextChars: 500,
};

function dates(env: NodeJS.ProcessEnv, name: string): Set<string> {
  const list = (env[name] ?? "")
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  const bad = list.find((d) => !isDate(d));
  if (bad) throw new Error(`${name} must list ISO dates separated by commas, got ${bad}`);
  return new Set(list);
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, got ${raw}`);
  return value;
}

export function questionSettings(env: NodeJS.ProcessEnv = process.env): QuestionSettings {
  const d = DEFAULT_QUESTION_SETTINGS;
  return {
    answerWorkingDays: whole(env, "QUESTION_ANSWER_WORKING_DAYS", d.answerWorkingDays, 1),
    holidays: dates(env, "QUESTION_HOLIDAYS"),
    makeUpWorkdays: dates(env, "QUESTION_MAKEUP_WORKDAYS"),
    perAddressPerHour: whole(env, "QUESTION_RATE_LIMIT_PER_HOUR", d.perAddressPerHour),
    maxTextChars: whole(env, "QUESTION_MAX_CHARS", d.maxTextChars, 10),
  };
}
