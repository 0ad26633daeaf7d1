// The one error of the embedded PostgreSQL start that is shown to the user as it is.
/** A start failure the user can act on: its message is one sentence saying what to do. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedPostgresError";
  }
}
