// What one statement does under a connection's role: "allowed", or the SQLSTATE it was refused with
// (42501 insufficient privilege, …), so a test can say which statements the portal's role may run.
import type { Client } from "pg";

export async function sqlOutcome(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
  } catch (error) {
    return (error as { code?: string }).code ?? "error";
  }
  return "allowed";
}
