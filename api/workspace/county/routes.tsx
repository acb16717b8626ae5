/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { Response } from "express";
import { sendPage } from "../page.tsx";
import { staffOf } from "../staff.ts";
import { CountyDesk } from "./operations.ts";
import { CountyHomePage } from "./pages.tsx";

/** The home screen of a county editor (the workspace's `/staff/` for that role). */
export async function countyHome(res: Response): Promise<void> {
  const staff = staffOf(res);
  const { me } = await staff.run(CountyDesk, {});
  sendPage(res, <CountyHomePage chrome={staff.chrome} county={me?.county ?? null} />);
}
