/** pg-boss keeps the portal's job queue in this schema of the portal's database. */
export const JOB_SCHEMA = "pgboss";
