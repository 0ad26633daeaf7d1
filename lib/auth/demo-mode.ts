// Demo mode: the portal runs on the demo data, whose accounts share one public password
// (HUKOU_DEMO=1, set by `npm start` when it loads the demo data). Outside it a demo account
// (User.demo) cannot sign in and its sessions read as signed out (issue 16 M6).
export function demoMode(): boolean {
  return process.env.HUKOU_DEMO === "1";
}
