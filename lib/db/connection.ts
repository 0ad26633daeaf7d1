// Where the database is. DATABASE_URL wins; otherwise scripts start the embedded server and
// set DATABASE_URL for the processes they launch.
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the portal with `npm start` (it starts an embedded PostgreSQL), " +
        "or set DATABASE_URL=postgresql://user:pass@host:5432/db to use your own server.",
    );
  }
  return url;
}
