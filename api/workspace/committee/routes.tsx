/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { Response } from "express";
import { Months } from "../finance/operations.ts";
import { sendPage } from "../page.tsx";
import { staffOf } from "../staff.ts";
import { MySignatures } from "./operations.ts";
import { CommitteeHomePage } from "./pages.tsx";

/** The home screen of a supervision-committee member (the workspace's `/staff/` for that role). */
export async function committeeHome(res: Response): Promise<void> {
  const staff = staffOf(res);
  const [months, signatures] = await Promise.all([staff.run(Months, {}), staff.run(MySignatures, {})]);
  sendPage(
    res,
    <CommitteeHomePage
      chrome={staff.chrome}
      communities={months.me?.communities ?? []}
      signatures={signatures.me?.reviewSignatures ?? []}
    />,
  );
}
