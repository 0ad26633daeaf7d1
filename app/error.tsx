"use client";
// Unexpected errors: no stack trace, no database text — only Next's digest, which the server
// log carries too, so support can find the cause.
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6" role="alert">
      <h1 className="mb-2 text-xl font-bold text-red-800">系统暂时无法完成操作 / Something went wrong</h1>
      <p>请稍后再试。如需帮助，请提供错误编号。/ Please try again later; quote the error id if you need help.</p>
      {error.digest ? <p className="mt-2 font-mono text-sm">ID: {error.digest}</p> : null}
    </div>
  );
}
