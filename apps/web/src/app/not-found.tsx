import type { Metadata } from "next";
import { urls } from "../lib/urls";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Record addresses are stable, so the record may never have existed under this
        id.
      </p>
      <ul>
        <li>
          <a href={urls.search()}>Search the record</a>
        </li>
        <li>
          <a href={urls.timeline()}>Browse the timeline</a>
        </li>
        <li>
          <a href={urls.home()}>Go to the home page</a>
        </li>
      </ul>
    </>
  );
}
