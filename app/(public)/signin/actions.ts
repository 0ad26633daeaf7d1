"use server";
// Sign-in as a server action: a POST (never a password in a URL), protected against cross-site posts by Next's
// Origin check on server actions, working before and without JavaScript (useActionState). It mints the same
// session token next-auth's credentials route does (lib/auth/session-token.ts) — docs/decisions/0009.
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { demoMode } from "@/lib/auth/demo-mode";
import { signInSucceeded, throttleSignIn } from "@/lib/auth/throttle";
import { requestClient } from "@/lib/auth/request-client";
import { landingFor } from "@/lib/auth/callback-url";
import { startSession } from "@/lib/auth/start-session";
import { logUnexpected } from "@/lib/errors";
import { textFields } from "@/lib/actions/pipeline";
import type { SignInState } from "./state";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const posted = textFields(formData instanceof FormData ? formData : new FormData(), ["username", "password", "callbackUrl"]);
  const [username, password, callbackUrl] = [posted.username.trim().slice(0, 64), posted.password.slice(0, 200), posted.callbackUrl];
  if (!username || !password) return { error: "REQUIRED", username };
  let target: string;
  try {
    const client = await requestClient();
    const throttled = await throttleSignIn({ address: client.address });
    if (!throttled.ok) return { error: "THROTTLED", username, retryAfterSeconds: throttled.retryAfterSeconds };
    const now = new Date();
    const result = await authenticate({ db: getDb(), input: { username, password }, now, client, allowDemo: demoMode() });
    if (!result.ok) {
      if (result.reason === "LOCKED") return { error: "LOCKED", username };
      return { error: result.attemptsLeft === 0 ? "LOCKED_NOW" : result.attemptsLeft === 1 ? "LAST_TRY" : "FAILED", username };
    }
    const { user } = result;
    // Many people signing in from one address (a station's NAT) do not use up each other's allowance.
    await signInSucceeded({ address: client.address, username: user.id }).catch((error: unknown) =>
      logUnexpected(error, "signInSucceeded"),
    );
    await startSession(user, now);
    // An account an administrator opened or reset chooses its own password before anything else.
    target = user.mustChangePassword ? "/account/password" : landingFor({ role: user.role, callbackUrl });
  } catch (error) {
    return { error: "UNEXPECTED", username, errorId: logUnexpected(error, "signInAction") };
  }
  redirect(target);
}
