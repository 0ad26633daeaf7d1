// What someone typed as a username, made into the form accounts are stored under. A resident's
// username is their citizen ID number, stored with a capital X; typed with a small x (phone
// keyboards), full-width digits (a Chinese input method) or with spaces between the groups, it is
// still that number — and it must count towards that number's sign-in lock, not a look-alike's.
// Anything that is not shaped like an ID number is left as typed (trimmed): staff usernames.
import { looksLikeCitizenId, normaliseCitizenId } from "@/lib/registry/citizen-id";

export function normaliseUsername(typed: string): string {
  const trimmed = typed.trim();
  const asId = normaliseCitizenId(trimmed);
  return looksLikeCitizenId(asId) ? asId : trimmed;
}
