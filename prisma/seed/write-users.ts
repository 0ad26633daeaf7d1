// The demo accounts: created when missing, and accounts stored by an older seed brought up to date
// (the demo mark, identity verification, 警号) without undoing what an administrator changed.
import { toDate } from "./dates";
import { partition, type WriteContext } from "./write-context";

/** When the demo's residents had their ID cards checked: a fixed day, so two seeds write the same rows. */
const DEMO_IDENTITY_VERIFIED_ON = toDate("2018-01-02");

export async function writeUsers(ctx: WriteContext & { passwordHashes: Map<string, string> }): Promise<void> {
  const { tx, plan, created, jurisdictions, persons, users } = ctx;
  const newUsers = partition({
    rows: plan.users,
    keyOf: (r) => r.username,
    stored: (
      await tx.user.findMany({ where: { username: { in: plan.users.map((r) => r.username) } }, select: { id: true, username: true } })
    ).map((r) => ({ id: r.id, key: r.username })),
    ids: users,
  });
  created.user = (
    await tx.user.createMany({
      data: newUsers.map((u) => {
        const passwordHash = ctx.passwordHashes.get(u.username);
        if (!passwordHash) throw new Error(`seed: no password hash for new user ${u.username}`);
        return {
          id: u.id,
          username: u.username,
          passwordHash,
          displayName: u.displayName,
          badgeNumber: u.badgeNumber,
          role: u.role,
          stationId: jurisdictions.maybe(u.stationCode),
          jurisdictionId: jurisdictions.maybe(u.jurisdictionCode),
          personId: persons.maybe(u.citizenId),
          demo: true,
          // The demo's residents are people the stations know: their ID cards were checked (decision 0257).
          identityVerifiedAt: u.role === "APPLICANT" ? DEMO_IDENTITY_VERIFIED_ON : null,
        };
      }),
      skipDuplicates: true,
    })
  ).count;
  // Every account of the demo shares its public password: marked as such, also those stored before
  // the mark existed (issue 16 M6).
  await tx.user.updateMany({ where: { username: { in: plan.users.map((u) => u.username) }, demo: false }, data: { demo: true } });
}

export async function markDemoUsers(ctx: WriteContext): Promise<void> {
  const { tx, plan } = ctx;

  // Demo residents stored before identity verification gated the register (decision 0257) get it, once.
  await tx.user.updateMany({
    where: {
      username: { in: plan.users.filter((u) => u.role === "APPLICANT").map((u) => u.username) },
      role: "APPLICANT",
      identityVerifiedAt: null,
    },
    data: { identityVerifiedAt: DEMO_IDENTITY_VERIFIED_ON },
  });
}

export async function backfillBadgeNumbers(ctx: WriteContext): Promise<void> {
  const { tx, plan } = ctx;
  // Demo staff stored before 警号 existed get theirs, unless an administrator has given the number to
  // someone else meanwhile (it is unique); a number set by hand is kept.
  const unbadged = await tx.user.findMany({
    where: { username: { in: plan.users.filter((u) => u.badgeNumber).map((u) => u.username) }, badgeNumber: null },
    select: { username: true },
  });
  if (unbadged.length > 0) {
    const wanted = new Map(plan.users.map((u) => [u.username, u.badgeNumber]));
    const taken = new Set(
      (
        await tx.user.findMany({
          where: { badgeNumber: { in: unbadged.map((u) => wanted.get(u.username)!) } },
          select: { badgeNumber: true },
        })
      ).map((u) => u.badgeNumber),
    );
    for (const u of unbadged) {
      const badge = wanted.get(u.username)!;
      if (!taken.has(badge)) await tx.user.update({ where: { username: u.username }, data: { badgeNumber: badge } });
    }
  }
}
