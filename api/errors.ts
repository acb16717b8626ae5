/**
 * Domain errors. Services throw these; the GraphQL schema turns each class into a typed member of
 * the mutation's result union, so programs switch on `code` and people read `message` (Chinese).
 */
const DOMAIN_ERROR = Symbol("sunboard.domainError");

export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly [DOMAIN_ERROR] = true;
}

/**
 * Recognizes domain errors even after the GraphQL errors plugin has wrapped them in a proxy
 * (which `instanceof` does not see through).
 */
export function asDomainError(value: unknown): DomainError | null {
  return typeof value === "object" && value !== null && (value as Partial<DomainError>)[DOMAIN_ERROR] === true
    ? (value as DomainError)
    : null;
}

export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. `input.title` or `input.communityCodes.1`. */
  field: string;
  message: string;
}

export class ValidationError extends DomainError {
  readonly code = "VALIDATION_FAILED";
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("；"));
  }
  get field(): string {
    return this.issues[0]?.field ?? "input";
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = "UNAUTHENTICATED";
  constructor(message = "需要登录：请在 Authorization 请求头中提供有效的访问令牌") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = "FORBIDDEN";
  constructor(message = "无权执行此操作：令牌的角色或所辖社区不允许") {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = "NOT_FOUND";
  constructor(
    readonly recordId: string,
    message = "记录不存在",
  ) {
    super(message);
  }
}

/** The record exists but its state does not allow the operation (e.g. editing a published item). */
export class StateConflictError extends DomainError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
