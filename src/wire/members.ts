/**
 * Team members, shared by the device and the endpoint. A member is one
 * device's credential with the name (and optional role) its user gave when
 * joining. There are no accounts: the name is what colleagues know the
 * person by, it is shown to the member's own team only, and it can be
 * changed later. The public `id` is derived from the credential on the
 * endpoint and never reveals it.
 */
import * as z from 'zod/mini';

export const MAX_MEMBER_NAME_CHARS = 60;
export const MAX_MEMBER_ROLE_CHARS = 60;

/** What a device sends when naming its member (on joining or later). */
export const memberInputSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_MEMBER_NAME_CHARS)),
  role: z.optional(z.string().check(z.trim(), z.maxLength(MAX_MEMBER_ROLE_CHARS))),
});
export type MemberInput = z.infer<typeof memberInputSchema>;

export const memberSchema = z.object({
  id: z.string(),
  /** Null for a device that joined before names existed and never gave one. */
  name: z.nullable(z.string()),
  role: z.nullable(z.string()),
});
export type Member = z.infer<typeof memberSchema>;

/** `GET /api/plans/:teamId/members`: the team's devices that can still sync. */
export const membersResponseSchema = z.object({
  /** The caller's own member id. */
  you: z.string(),
  members: z.array(memberSchema),
});
export type MembersResponse = z.infer<typeof membersResponseSchema>;

/** How a member reads in the interface: the name, or a neutral stand-in. */
export function memberLabel(member: Pick<Member, 'name'> | undefined): string {
  return member?.name?.trim() || 'A teammate';
}
